// Test support: a real app over a real database — a fresh SQLite file, or the PostgreSQL server named by
// TEST_DATABASE_URL (emptied first) — called with app.request, as Hono recommends.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll } from "vitest";
import pg from "pg";
import { createApp } from "./app";
import { fixedClock } from "./services/clock";
import { makeRuntime } from "./runtime";

export const ENGINES = ["sqlite", ...(process.env.TEST_DATABASE_URL ? ["postgres"] : [])] as const;
export type EngineName = (typeof ENGINES)[number];

/** Empties the PostgreSQL test database, so each suite starts from the migrations. */
export async function resetPostgres(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query("drop schema public cascade; create schema public;");
  await client.end();
}

/** A database with nothing in it: PostgreSQL's test database emptied, or a new SQLite file (removed by `remove`). */
export async function emptyDatabase(engine: EngineName): Promise<{ url: string; remove(): void }> {
  if (engine === "postgres") {
    const url = process.env.TEST_DATABASE_URL as string;
    await resetPostgres(url);
    return { url, remove: () => {} };
  }
  const dir = mkdtempSync(join(tmpdir(), "enlist-api-"));
  return { url: `sqlite://${join(dir, "test.sqlite")}`, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface TestApp {
  request(path: string, init?: RequestInit & { json?: unknown }): Promise<Response>;
  /** Signs up a user and returns headers that authenticate as them with a bearer token. */
  user(email?: string): Promise<{ auth: Record<string, string>; id: string }>;
}

export function useTestApp(
  engine: EngineName,
  options: { now?: string; toolsPerMinute?: number; signupsPerAddress?: number; heavyPerUser?: number } = {},
): TestApp {
  let database: Awaited<ReturnType<typeof emptyDatabase>> | undefined;
  let app: ReturnType<typeof createApp>;
  let runtime: ReturnType<typeof makeRuntime>;
  let counter = 0;
  beforeAll(async () => {
    database = await emptyDatabase(engine);
    runtime = makeRuntime({
      databaseUrl: database.url,
      scryptCost: 1024,
      clock: fixedClock(options.now ?? "2026-11-25T10:00:00Z"),
    });
    // Every test user signs up from the same address; the sign-up limit has a test of its own.
    app = createApp(runtime, {
      toolsPerMinute: options.toolsPerMinute ?? 10_000,
      signupsPerAddress: options.signupsPerAddress ?? 10_000,
      ...(options.heavyPerUser ? { heavyPerUser: options.heavyPerUser } : {}),
    });
  });
  afterAll(async () => {
    await runtime?.dispose();
    database?.remove();
  });
  const request = (path: string, init: RequestInit & { json?: unknown } = {}) => {
    const { json, headers, ...rest } = init;
    return Promise.resolve(
      app.request(path, {
        ...rest,
        headers: {
          ...(json !== undefined ? { "content-type": "application/json" } : {}),
          ...(headers as Record<string, string> | undefined),
        },
        ...(json !== undefined ? { body: JSON.stringify(json) } : {}),
      }),
    );
  };
  return {
    request,
    async user(email) {
      const address = email ?? `user${++counter}-${Math.random().toString(36).slice(2)}@example.com`;
      const signup = await request("/v1/auth/signup", {
        method: "POST",
        json: { email: address, password: "correct horse battery", name: "Ana Ruiz" },
      });
      const cookie = signup.headers.get("set-cookie")?.split(";")[0] ?? "";
      const { csrfToken, user } = (await signup.json()) as { csrfToken: string; user: { id: string } };
      const token = await request("/v1/tokens", {
        method: "POST",
        json: { name: "tests" },
        headers: { cookie, "x-csrf-token": csrfToken },
      });
      const { token: bearer } = (await token.json()) as { token: string };
      return { auth: { authorization: `Bearer ${bearer}` }, id: user.id };
    },
  };
}

export const isProblem = async (res: Response, status: number) => {
  const body = (await res.json()) as { status: number; type: string; title: string };
  return (
    res.status === status &&
    res.headers.get("content-type")?.startsWith("application/problem+json") === true &&
    body.status === status &&
    typeof body.title === "string"
  );
};
