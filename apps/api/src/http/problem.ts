import type { Context } from "hono";
import type { ApiError } from "../errors";
import { plainResponse } from "./nosniff";

/** RFC 9457 problem details: what every error response of the API looks like. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  /** For validation problems: each field at fault, as a dotted path. */
  errors?: readonly { path: string; message: string }[];
  [extension: string]: unknown;
}

const TYPE_BASE = "https://enlist.dev/problems/";

export function problemResponse(c: Context, problem: Problem, headers: Record<string, string> = {}): Response {
  return plainResponse(
    JSON.stringify({ ...problem, instance: problem.instance ?? new URL(c.req.url).pathname }),
    problem.status,
    { "content-type": "application/problem+json", ...headers },
  );
}

export const problem = (
  status: number,
  slug: string,
  title: string,
  detail?: string,
  extra: Partial<Problem> = {},
): Problem => ({
  type: `${TYPE_BASE}${slug}`,
  title,
  status,
  ...(detail ? { detail } : {}),
  ...extra,
});

/** The one place domain and service errors become HTTP. */
export function problemFor(error: ApiError): { problem: Problem; headers?: Record<string, string> } {
  switch (error._tag) {
    case "NotFound":
      return { problem: problem(404, "not-found", "Not found", `No such ${error.what}.`) };
    case "Conflict":
      return { problem: problem(409, "conflict", "Conflict", error.detail) };
    case "PreconditionFailed":
      return {
        problem: problem(
          412,
          "precondition-failed",
          "The resource has changed",
          error.detail,
          error.current !== undefined ? { current: error.current } : {},
        ),
      };
    case "PreconditionRequired":
      return { problem: problem(428, "precondition-required", "If-Match required", error.detail) };
    case "Unauthorized":
      return {
        problem: problem(401, "unauthorized", "Not logged in", error.detail),
        headers: { "www-authenticate": 'Bearer realm="enlist"' },
      };
    case "Forbidden":
      return { problem: problem(403, "forbidden", "Forbidden", error.detail) };
    case "InvalidInput":
      return { problem: problem(422, "invalid-input", "Invalid input", error.detail, { errors: error.errors }) };
    case "InvalidFile":
      return { problem: problem(422, "invalid-file", "The file cannot be imported", error.detail) };
    case "RateLimited":
      return {
        problem: problem(429, "rate-limited", "Too many requests", `Try again in ${error.retryAfterSeconds} seconds.`),
        headers: { "retry-after": String(error.retryAfterSeconds) },
      };
  }
}
