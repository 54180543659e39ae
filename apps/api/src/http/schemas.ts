import { z } from "@hono/zod-openapi";
import { Backup } from "@enlist/io";

/** Shapes of the HTTP contract that are not domain types: the domain ones come from @enlist/core. */
export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .openapi("Problem");

export const problemContent = { "application/problem+json": { schema: ProblemSchema } } as const;

export const problems = (...statuses: number[]) =>
  Object.fromEntries(
    statuses.map((s) => [s, { description: PROBLEM_TITLES[s] ?? "Problem", content: problemContent }]),
  );

const PROBLEM_TITLES: Record<number, string> = {
  400: "The request is malformed or fails validation",
  401: "Not logged in",
  403: "Missing CSRF token",
  404: "No such resource (or not yours)",
  409: "Conflict",
  412: "Changed since you read it",
  413: "Body too large",
  422: "Valid JSON, invalid content",
  428: "If-Match required",
  429: "Too many requests (see Retry-After)",
  503: "The database cannot be reached just now (see Retry-After)",
};

/**
 * The backup as @enlist/io writes it and its import reads it back: one schema for both. Extended (by
 * nothing) first, because a schema made before @hono/zod-openapi was loaded has no .openapi of its own.
 */
export const EnlistBackup = Backup.extend({}).openapi("Backup");

export const json = <T extends z.ZodType>(schema: T) => ({ "application/json": { schema } });
export const IdParam = z.object({
  id: z
    .string()
    .min(1)
    .max(100)
    .openapi({ param: { name: "id", in: "path" } }),
});
export const Credentials = z.object({
  email: z.email().max(320),
  password: z.string().min(10, "must be at least 10 characters").max(200),
});

/** Route options for endpoints that need a signed-in user: documented security, and the middleware. */
export const SECURITY: Record<string, string[]>[] = [{ bearer: [] }, { cookie: [] }];

/** For the operations anyone may call: no account, no session. */
export const PUBLIC: Record<string, string[]>[] = [];
