import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import {
  Ask,
  AskContext,
  AskVerdict,
  BuildInput,
  Contact,
  LintContext,
  LintOptions,
  LintReport,
  buildMessage,
  checkAsk,
  lintMessage,
} from "@enlist/core";
import { Effect } from "effect";
import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import { validator } from "hono/validator";
import { RateLimited } from "../errors";
import { fromCore } from "../services/from-core";
import type { AppEnv } from "../http/env";
import { json, problems, PUBLIC } from "../http/schemas";
import { plainJson } from "../http/nosniff";
import type { Limiter } from "../services/rate-limit";
import { refusedLint } from "./lint-first";

const CheckBody = z.object({ ask: Ask, contact: Contact, context: AskContext });
const LintBody = z.object({ text: z.string().max(100_000), context: LintContext, options: LintOptions.optional() });
const Built = z
  .object({
    subject: z.string().optional(),
    body: z.string(),
    parts: z.array(z.object({ name: z.string(), start: z.number(), end: z.number() })),
    ask: Ask,
    rightSized: z.boolean(),
    context: LintContext,
  })
  .openapi("BuiltMessage");

const check = createRoute({
  method: "post",
  path: "/v1/asks/check",
  operationId: "checkAsk",
  security: PUBLIC,
  tags: ["tools"],
  summary: "Is this ask reasonable for this person now? (checkAsk; no account needed)",
  request: { body: { content: json(CheckBody), required: true } },
  responses: { 200: { description: "The verdict", content: json(AskVerdict) }, ...problems(400, 413, 422, 429) },
});
const lint = createRoute({
  method: "post",
  path: "/v1/messages/lint",
  operationId: "lintMessage",
  security: PUBLIC,
  tags: ["tools"],
  summary: "Lint a drafted message (lintMessage; no account needed)",
  request: { body: { content: json(LintBody), required: true } },
  responses: { 200: { description: "The findings", content: json(LintReport) }, ...problems(400, 413, 422, 429) },
});
const build = createRoute({
  method: "post",
  path: "/v1/messages/build",
  operationId: "buildMessage",
  security: PUBLIC,
  tags: ["tools"],
  summary: "Compose a first draft (buildMessage; no account needed)",
  request: { body: { content: json(BuildInput), required: true } },
  responses: {
    200: { description: "The message and its parts", content: json(Built) },
    ...problems(400, 413, 422, 429),
  },
});

/** The tools are free to use without an account, so each address gets a budget per minute. */
export const toolLimit = (hit: Limiter) => {
  return createMiddleware<AppEnv>(async (c, next) => {
    const retry = hit(c.get("address"), Date.now());
    if (retry !== null)
      return c.get("run")(c, Effect.fail(new RateLimited({ retryAfterSeconds: retry })), () => new Response(null));
    await next();
  });
};

export const MAX_LINT_TEXT = 100_000;

const invalid = (c: Context, issues: readonly { path: string; message: string }[]) => refusedLint(c, issues) as never;

export const toolRoutes = () => {
  const routes = new OpenAPIHono<AppEnv>();
  routes.openAPIRegistry.registerPath(lint);
  return (
    routes
      .openapi(check, (c) => {
        const { ask, contact, context } = c.req.valid("json");
        return c.get("run")(c, fromCore(checkAsk(ask, contact, context)), (v) => c.json(v, 200));
      })
      .openapi(build, (c) => c.get("run")(c, fromCore(buildMessage(c.req.valid("json"))), (m) => c.json(m, 200)))
      // Validated once, by lintMessage itself, against the same field lists LintBody's schema is made from;
      // its contract is registered for the document above. Plain requests are answered before they get here,
      // by lintFirst (app.ts); this answers the rest after the general middleware.
      .post(
        "/v1/messages/lint",
        validator("json", (body: z.input<typeof LintBody>) => body),
        async (c) => {
          const body = c.req.valid("json") as { text?: unknown; context?: unknown; options?: unknown } | null;
          if (typeof body !== "object" || body === null || Array.isArray(body))
            return invalid(c, [{ path: "", message: "must be an object" }]);
          if (typeof body.text === "string" && body.text.length > MAX_LINT_TEXT)
            return invalid(c, [{ path: "text", message: `must be at most ${MAX_LINT_TEXT} characters` }]);
          const report = lintMessage(body.text, body.context, body.options);
          if (!report.ok) return invalid(c, report.error.issues);
          // Answered through plainJson: the same JSON as c.json, without a Headers object.
          return plainJson(report.value, 200) as unknown as ReturnType<typeof c.json<LintReport, 200>>;
        },
      )
  );
};
