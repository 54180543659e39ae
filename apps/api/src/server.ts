// `node dist/server.js`: the API (and the web app, once built) on http://localhost:$PORT.
import { serve } from "@hono/node-server";
import { getConnInfo } from "@hono/node-server/conninfo";
import { createApp } from "./app";
import { describeDatabase } from "./config";
import { makeRuntime } from "./runtime";
import { exitWith, loadConfig, openDatabase } from "./startup";

const config = loadConfig("start");
const runtime = makeRuntime({ databaseUrl: config.databaseUrl, scryptCost: config.scryptCost });
await openDatabase("start", runtime, config.databaseUrl);
const app = createApp(runtime, {
  trustProxy: config.trustProxy,
  proxyHops: config.proxyHops,
  toolsPerMinute: config.toolsPerMinute,
  webRoot: config.webRoot,
  remoteAddress: (c) => getConnInfo(c).remote.address,
});

const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
  console.log(`Enlist is running on http://localhost:${info.port} (database: ${describeDatabase(config.databaseUrl)})`);
  console.log(
    `  API reference: http://localhost:${info.port}/docs · OpenAPI: http://localhost:${info.port}/openapi.json`,
  );
});
server.on("error", (error: NodeJS.ErrnoException) =>
  exitWith(
    "start",
    error.code === "EADDRINUSE"
      ? `port ${config.port} on ${config.host} is already in use; stop what is using it or set PORT to another port.`
      : error.code === "EACCES"
        ? `not allowed to listen on port ${config.port}; use a port above 1023 or run behind a proxy.`
        : `cannot listen on ${config.host}:${config.port}: ${error.message}`,
  ),
);

const stop = () => {
  server.close();
  void runtime.dispose().then(() => process.exit(0));
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
