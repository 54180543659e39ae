// Log-in and sign-up do not tell an outsider who has an account.
import { Effect, Layer, ManagedRuntime } from "effect";
import { describe, expect, it } from "vitest";
import { createApp } from "./app";
import { dbLayer } from "./services/db";
import { systemClock } from "./services/clock";
import { Passwords, scryptPasswords } from "./services/passwords";
import { SIGNUP_LIMIT } from "./services/accounts";
import { useTestApp } from "./test-app";

describe("log-in for an address with no account", () => {
  it("checks a password hash all the same, as for one that exists", async () => {
    // Counting the hasher's work is what equal timing comes down to, without a timed test.
    const verified: string[] = [];
    const real = Effect.runSync(Effect.service(Passwords).pipe(Effect.provide(scryptPasswords(1024))));
    const counting = Layer.succeed(Passwords, {
      hash: real.hash,
      needsRehash: real.needsRehash,
      verify: (password, stored) => (verified.push(stored.split("$")[0] ?? ""), real.verify(password, stored)),
    });
    const runtime = ManagedRuntime.make(Layer.mergeAll(dbLayer("sqlite://:memory:"), systemClock, counting));
    const app = createApp(runtime);
    const login = (email: string) =>
      app.request("/v1/auth/login", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email, password: "wrong password!!" }),
      });
    await app.request("/v1/auth/signup", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "ana@example.com", password: "correct horse battery", name: "Ana" }),
    });
    expect((await login("ana@example.com")).status).toBe(401);
    expect((await login("nobody@example.com")).status).toBe(401);
    expect(verified).toEqual(["scrypt", "scrypt"]);
    await runtime.dispose();
  });
});

describe("sign-up attempts from one address", () => {
  const app = useTestApp("sqlite", { signupsPerAddress: SIGNUP_LIMIT.perAddress });

  it("are limited, so the 'already exists' answer cannot be used to probe address after address", async () => {
    const statuses: number[] = [];
    for (let i = 0; i <= SIGNUP_LIMIT.perAddress; i++) {
      const res = await app.request("/v1/auth/signup", {
        method: "POST",
        json: { email: `probe${i}@example.com`, password: "correct horse battery", name: "P" },
      });
      statuses.push(res.status);
    }
    expect(statuses.slice(0, SIGNUP_LIMIT.perAddress).every((s) => s === 201)).toBe(true);
    expect(statuses[SIGNUP_LIMIT.perAddress]).toBe(429);
  });
});
