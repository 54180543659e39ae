// `node dist/server.js`: the API (and the web app, once built) on http://localhost:$PORT.
import { serve } from "@hono/node-server";
import { getConnInfo } from "@hono/node-server/conninfo";
import { createApp } from "./app";
import { configFromEnv } from "./config";
import { makeRuntime } from "./runtime";

const config = configFromEnv();
const runtime = makeRuntime({ databaseUrl: config.databaseUrl, scryptCost: config.scryptCost });
const app = createApp(runtime, { trustProxy: config.trustProxy, toolsPerMinute: config.toolsPerMinute, webRoot: config.webRoot, remoteAddress: (c) => getConnInfo(c).remote.address });

const server = serve({ fetch: app.fetch, port: config.port, hostname: process.env.HOST ?? "127.0.0.1" }, (info) => {
  const where = config.databaseUrl.startsWith("postgres") ? "PostgreSQL" : config.databaseUrl.replace(/^sqlite:\/\//, "SQLite at ");
  console.log(`Enlist is running on http://localhost:${info.port} (database: ${where})`);
  console.log(`  API reference: http://localhost:${info.port}/docs · OpenAPI: http://localhost:${info.port}/openapi.json`);
});

const stop = () => {
  server.close();
  void runtime.dispose().then(() => process.exit(0));
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
