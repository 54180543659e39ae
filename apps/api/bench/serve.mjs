// A server for the benchmark, in its own process: `real` is the Enlist API (SQLite in a temporary folder,
// rate limit raised), `bare` is a Hono endpoint that only validates the lint body with zod and answers.
// Two references show where the lint endpoint's time goes: `bare-lint` is `bare` plus the one lintMessage
// call, `openapi` is the route as the API declares it (@hono/zod-openapi validation) answering without linting.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve } from "@hono/node-server";
import { Hono } from "hono";
import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { LintContext, LintOptions, LintReport, lintMessage } from "@enlist/core";
import { z } from "zod";
import { createApp, makeRuntime } from "@enlist/api";

const kind = process.argv[2];
const Body = z.object({ text: z.string().max(100_000), context: LintContext, options: LintOptions.optional() });
let fetch;
if (kind === "bare" || kind === "bare-lint") {
  fetch = new Hono().post("/v1/messages/lint", async (c) => {
    const parsed = Body.safeParse(await c.req.json());
    if (!parsed.success) return c.json({ ok: false }, 400);
    if (kind === "bare") return c.json({ ok: true });
    const { text, context, options } = parsed.data;
    const report = lintMessage(text, context, options);
    return report.ok ? c.json(report.value) : c.json({ ok: false }, 422);
  }).fetch;
} else if (kind === "openapi") {
  const route = createRoute({ method: "post", path: "/v1/messages/lint", request: { body: { content: { "application/json": { schema: Body } }, required: true } }, responses: { 200: { description: "ok", content: { "application/json": { schema: LintReport } } } } });
  fetch = new OpenAPIHono().openapi(route, (c) => {
    const { text } = c.req.valid("json");
    return c.json({ findings: [], ready: true, score: 100, words: 0, characters: text.length }, 200);
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
