// Database failures keep their meaning on both engines: a unique violation is a conflict, a database out
// of reach is 503, anything else stays a 500 — never a misleading answer.
import { Layer, ManagedRuntime } from "effect";
import { describe, expect, it } from "vitest";
import { createApp } from "../app";
import { systemClock } from "../services/clock";
import { Db } from "../services/db";
import { scryptPasswords } from "../services/passwords";
import { ENGINES, useTestApp } from "../test-app";
import { connect } from "./connect";
import { isUnavailable, isUniqueViolation } from "./db-errors";

describe("reading the drivers' codes", () => {
  it.each([
    [{ code: "23505" }, true, false],
    [{ code: "SQLITE_CONSTRAINT_UNIQUE" }, true, false],
    [{ code: "ECONNREFUSED" }, false, true],
    [{ code: "57P01" }, false, true],
    [{ code: "SQLITE_FULL" }, false, true],
    [new Error("Connection terminated unexpectedly"), false, true],
    [{ code: "42P01" }, false, false],
    [new Error("boom"), false, false],
  ])("%o", (error, unique, unavailable) => {
    expect(isUniqueViolation(error)).toBe(unique);
    expect(isUnavailable(error)).toBe(unavailable);
  });
});

describe("a database out of reach", () => {
  const connection = connect("postgres://enlist:enlist@127.0.0.1:1/enlist");
  const runtime = ManagedRuntime.make(
    Layer.mergeAll(Layer.succeed(Db, connection), systemClock, scryptPasswords(1024)),
  );
  const app = createApp(runtime);

  it("is 503 with Retry-After, for a sign-up as for a log-in — not 409 'already exists', not 500", async () => {
    for (const path of ["/v1/auth/signup", "/v1/auth/login"]) {
      const res = await app.request(path, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: "ana@example.com", password: "correct horse battery", name: "Ana" }),
      });
      expect(res.status).toBe(503);
      expect(res.headers.get("retry-after")).toBe("5");
      expect(res.headers.get("content-type")).toContain("application/problem+json");
    }
    await runtime.dispose();
    await connection.db.destroy();
  });
});

describe.each(ENGINES)("a taken e-mail on %s", (engine) => {
  const app = useTestApp(engine);
  it("is still 409", async () => {
    const body = { email: `taken-${engine}@example.com`, password: "correct horse battery", name: "Ana" };
    expect((await app.request("/v1/auth/signup", { method: "POST", json: body })).status).toBe(201);
    expect((await app.request("/v1/auth/signup", { method: "POST", json: body })).status).toBe(409);
  });
  it("is 409 for every loser when sign-ups race for one address (the unique index decides)", async () => {
    const body = { email: `race-${engine}@example.com`, password: "correct horse battery", name: "Ana" };
    const statuses = (
      await Promise.all(Array.from({ length: 8 }, () => app.request("/v1/auth/signup", { method: "POST", json: body })))
    ).map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(7);
  });
});
