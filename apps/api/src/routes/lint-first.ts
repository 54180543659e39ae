import { lintMessage, type LintReport } from "@enlist/core";
import type { Context, Next } from "hono";
import { RateLimited } from "../errors";
import { plainJson } from "../http/nosniff";
import { problem, problemFor, problemResponse } from "../http/problem";
import type { Limiter } from "../services/rate-limit";

const ESCAPED_NUL = /\\u0000/;

/**
 * POST /v1/messages/lint for the plain case, ahead of the general middleware: the busiest route, and the
 * layers in front of it (address, nosniff, body limit, NUL check, rate limit, validation) cost it a quarter
 * of its throughput. A body with a declared size within the limit, JSON, no NUL and a parseable object is
 * checked here as those layers would check it; anything else is passed on to them (`next`), so every
 * refusal is still answered by the one place that answers it.
 */
export function lintFirst(options: {
  bodyLimit: number;
  hit: Limiter;
  address: (c: Context) => string;
  maxText: number;
}) {
  return async (c: Context, next: Next): Promise<Response | void> => {
    const declared = c.req.header("content-length");
    if (
      declared === undefined ||
      Number(declared) > options.bodyLimit ||
      !(c.req.header("content-type") ?? "").includes("json") ||
      c.req.url.includes("%00")
    )
      return next();
    const text = await c.req.text();
    if (ESCAPED_NUL.test(text)) return next();
    let body: { text?: unknown; context?: unknown; options?: unknown };
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      return next();
    }
    if (
      typeof body !== "object" ||
      body === null ||
      Array.isArray(body) ||
      (typeof body.text === "string" && body.text.length > options.maxText)
    )
      return next();
    const retry = options.hit(options.address(c), Date.now());
    if (retry !== null) {
      const { problem: p, headers } = problemFor(new RateLimited({ retryAfterSeconds: retry }));
      return problemResponse(c, p, headers);
    }
    const report = lintMessage(body.text, body.context, body.options);
    if (!report.ok) return refusedLint(c, report.error.issues);
    return plainJson(report.value satisfies LintReport, 200);
  };
}

/** A body the linter refused, as the validators of the other routes answer: 400, with each field's path. */
export function refusedLint(c: Context, issues: readonly { path: string; message: string }[]): Response {
  const errors = issues.map((i) => ({ path: i.path ? `json.${i.path}` : "json", message: i.message }));
  return problemResponse(
    c,
    problem(400, "invalid-request", "Invalid request", `${errors[0]?.path}: ${errors[0]?.message}`, { errors }),
  );
}
