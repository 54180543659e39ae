// Wrong passwords from one address limit that address on that account, not the account's owner elsewhere.
import { scryptSync, randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { Effect } from "effect";
import { createApp } from "./app";
import { makeRuntime } from "./runtime";
import { Db } from "./services/db";
import { LOGIN_LIMIT } from "./services/accounts";
import { ENGINES, emptyDatabase } from "./test-app";

describe.each(ENGINES)("log-in limits on %s", (engine) => {
  const setUp = async (scryptCost = 1024) => {
    const database = await emptyDatabase(engine);
    const runtime = makeRuntime({ databaseUrl: database.url, scryptCost });
    let from = "203.0.113.1";
    const app = createApp(runtime, { signupsPerAddress: 1000, remoteAddress: () => from });
    const send = (path: string, body: unknown, address: string) => {
      from = address;
      return app.request(path, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
    };
    const done = async () => {
      await runtime.dispose();
      database.remove();
    };
    return { runtime, send, done };
  };

  it("an attacker's wrong passwords lock out the attacker's address, not the owner's", async () => {
    const { send, done } = await setUp();
    try {
      const email = "sunniva@example.no";
      expect(
        (await send("/v1/auth/signup", { email, password: "the right password", name: "Sunniva" }, "198.51.100.7"))
          .status,
      ).toBe(201);
      for (let i = 0; i < LOGIN_LIMIT.perAccountAndAddress; i++)
        expect((await send("/v1/auth/login", { email, password: "a wrong guess!!" }, "203.0.113.66")).status).toBe(401);
      expect((await send("/v1/auth/login", { email, password: "the right password" }, "203.0.113.66")).status).toBe(
        429,
      );
      expect((await send("/v1/auth/login", { email, password: "the right password" }, "198.51.100.7")).status).toBe(
        200,
      );
    } finally {
      await done();
    }
  });

  it("keeps a ceiling for the account across addresses, far above one address's share", async () => {
    const { send, done } = await setUp();
    try {
      const email = "emeka@example.ng";
      await send("/v1/auth/signup", { email, password: "the right password", name: "Emeka" }, "198.51.100.7");
      expect(LOGIN_LIMIT.perAccount).toBeGreaterThanOrEqual(5 * LOGIN_LIMIT.perAccountAndAddress);
      const statuses: number[] = [];
      for (let i = 0; i <= LOGIN_LIMIT.perAccount; i++)
        statuses.push(
          (await send("/v1/auth/login", { email, password: "a wrong guess!!" }, `10.0.${Math.floor(i / 5)}.${i % 5}`))
            .status,
        );
      expect(statuses.slice(0, LOGIN_LIMIT.perAccount).every((s) => s === 401)).toBe(true);
      expect(statuses[LOGIN_LIMIT.perAccount]).toBe(429);
    } finally {
      await done();
    }
  });

  it("upgrades a hash made with less than the configured cost at the next successful log-in", async () => {
    const { runtime, send, done } = await setUp(2048);
    try {
      const email = "tomas@example.ie";
      await send("/v1/auth/signup", { email, password: "the right password", name: "Tomás" }, "198.51.100.7");
      // A hash as the earlier code wrote it: N = 1024, no r or p stored.
      const salt = randomBytes(16);
      const key = scryptSync("the right password", salt, 32, { N: 1024, r: 8, p: 1 });
      const old = `scrypt$1024$${salt.toString("base64")}$${key.toString("base64")}`;
      const stored = () =>
        runtime
          .runPromise(
            Effect.gen(function* () {
              const { db } = yield* Db;
              return yield* Effect.promise(() =>
                db.selectFrom("users").select("password_hash").where("email", "=", email).executeTakeFirstOrThrow(),
              );
            }),
          )
          .then((r) => r.password_hash);
      await runtime.runPromise(
        Effect.gen(function* () {
          const { db } = yield* Db;
          yield* Effect.promise(() =>
            db.updateTable("users").set({ password_hash: old }).where("email", "=", email).execute(),
          );
        }),
      );
      expect((await send("/v1/auth/login", { email, password: "a wrong guess!!" }, "198.51.100.7")).status).toBe(401);
      expect(await stored()).toBe(old);
      expect((await send("/v1/auth/login", { email, password: "the right password" }, "198.51.100.7")).status).toBe(
        200,
      );
      const upgraded = await stored();
      expect(upgraded).toMatch(/^scrypt\$2048\$8\$1\$/);
      expect((await send("/v1/auth/login", { email, password: "the right password" }, "198.51.100.7")).status).toBe(
        200,
      );
      expect(await stored()).toBe(upgraded);
    } finally {
      await done();
    }
  });
});
