import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { Ask, AskContext, AskVerdict, BuildInput, Contact, LintContext, LintOptions, LintReport, buildMessage, checkAsk, lintMessage } from "@enlist/core";
import { Effect } from "effect";
import { createMiddleware } from "hono/factory";
import { RateLimited } from "../errors";
import { fromCore } from "../services/from-core";
import type { AppEnv } from "../http/env";
import { json, problems } from "../http/schemas";
import { plainJson } from "../http/nosniff";
import { localLimiter } from "../services/rate-limit";

const CheckBody = z.object({ ask: Ask, contact: Contact, context: AskContext });
const LintBody = z.object({ text: z.string().max(100_000), context: LintContext, options: LintOptions.optional() });
const Built = z.object({ subject: z.string().optional(), body: z.string(), parts: z.array(z.object({ name: z.string(), start: z.number(), end: z.number() })), ask: Ask, rightSized: z.boolean(), context: LintContext }).openapi("BuiltMessage");

const check = createRoute({ method: "post", path: "/v1/asks/check", tags: ["tools"], summary: "Is this ask reasonable for this person now? (checkAsk; no account needed)", request: { body: { content: json(CheckBody), required: true } }, responses: { 200: { description: "The verdict", content: json(AskVerdict) }, ...problems(400, 413, 422, 429) } });
const lint = createRoute({ method: "post", path: "/v1/messages/lint", tags: ["tools"], summary: "Lint a drafted message (lintMessage; no account needed)", request: { body: { content: json(LintBody), required: true } }, responses: { 200: { description: "The findings", content: json(LintReport) }, ...problems(400, 413, 422, 429) } });
const build = createRoute({ method: "post", path: "/v1/messages/build", tags: ["tools"], summary: "Compose a first draft (buildMessage; no account needed)", request: { body: { content: json(BuildInput), required: true } }, responses: { 200: { description: "The message and its parts", content: json(Built) }, ...problems(400, 413, 422, 429) } });


/** The tools are free to use without an account, so each address gets a budget per minute. */
export const toolLimit = (perMinute: number) => {
  const hit = localLimiter(perMinute);
  return createMiddleware<AppEnv>(async (c, next) => {
    const retry = hit(c.get("address"), Date.now());
    if (retry !== null) return c.get("run")(c, Effect.fail(new RateLimited({ retryAfterSeconds: retry })), () => new Response(null));
    await next();
  });
};

export const toolRoutes = () =>
  new OpenAPIHono<AppEnv>()
    .openapi(check, (c) => {
      const { ask, contact, context } = c.req.valid("json");
      return c.get("run")(c, fromCore(checkAsk(ask, contact, context)), (v) => c.json(v, 200));
    })
    .openapi(lint, (c) => {
      const { text, context, options } = c.req.valid("json");
      // The busiest endpoint, answered through plainJson: the same JSON as c.json, without a Headers object.
      return c.get("run")(c, fromCore(lintMessage(text, context, options)), (r) => plainJson(r, 200) as unknown as ReturnType<typeof c.json<typeof r, 200>>);
    })
    .openapi(build, (c) => c.get("run")(c, fromCore(buildMessage(c.req.valid("json"))), (m) => c.json(m, 200)));
