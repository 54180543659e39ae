// A server for the benchmarks, in its own process so that each has a core's worth of event loop to itself:
// `real` is the Enlist API (SQLite in a temporary folder, the tools' rate limit raised out of the way);
// `bare` is a Hono endpoint that parses the body and makes the same lintMessage call on it, nothing else —
// what the API adds (validation, rate limit, Effect, problem mapping) is the difference between the two.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve } from "@hono/node-server";
import { Hono } from "hono";
import { lintMessage } from "@enlist/core";
import { createApp, makeRuntime } from "@enlist/api";

const kind = process.argv[2];
let fetch;
if (kind === "bare") {
  fetch = new Hono().post("/v1/messages/lint", async (c) => {
    const { text, context, options } = await c.req.json();
    const report = lintMessage(text, context, options);
    return report.ok ? c.json(report.value) : c.json({ status: 422 }, 422);
  }).fetch;
} else {
  const dir = mkdtempSync(join(tmpdir(), "enlist-bench-"));
  const runtime = makeRuntime({ databaseUrl: `sqlite://${join(dir, "bench.sqlite")}`, scryptCost: 1024 });
  fetch = createApp(runtime, { toolsPerMinute: 100_000_000 }).fetch;
}
const server = serve({ fetch, port: 0, hostname: "127.0.0.1" }, (info) => process.send?.({ port: info.port }));
process.on("message", (m) => {
  if (m === "rss") process.send?.({ rss: process.memoryUsage().rss, maxRss: process.resourceUsage().maxRSS * 1024 });
  if (m === "stop") server.close(() => process.exit(0));
});
