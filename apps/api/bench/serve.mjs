// A server for the benchmark, in its own process: `real` is the Enlist API (SQLite in a temporary folder,
// rate limit raised), `bare` is a Hono endpoint that only validates the lint body with zod and answers.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve } from "@hono/node-server";
import { Hono } from "hono";
import { LintContext, LintOptions } from "@enlist/core";
import { z } from "zod";
import { createApp, makeRuntime } from "@enlist/api";

const kind = process.argv[2];
let fetch;
if (kind === "bare") {
  const Body = z.object({ text: z.string().max(100_000), context: LintContext, options: LintOptions.optional() });
  fetch = new Hono().post("/v1/messages/lint", async (c) => {
    const parsed = Body.safeParse(await c.req.json());
    return parsed.success ? c.json({ ok: true }) : c.json({ ok: false }, 400);
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
