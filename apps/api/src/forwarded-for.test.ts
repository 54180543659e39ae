// Behind a trusted proxy, the rate limits count the address the proxy saw, not what a client wrote into
// X-Forwarded-For before it.
import { describe, expect, it } from "vitest";
import { createApp } from "./app";
import { makeRuntime } from "./runtime";
import { LOGIN_LIMIT } from "./services/accounts";

describe("X-Forwarded-For behind one trusted proxy", () => {
  const runtime = makeRuntime({ databaseUrl: "sqlite://:memory:", scryptCost: 1024 });
  const app = createApp(runtime, { trustProxy: true, proxyHops: 1, remoteAddress: () => "10.0.0.2" });

  it("limits a client by the proxy's entry however it forges the leftmost one", async () => {
    const statuses: number[] = [];
    for (let i = 0; i <= LOGIN_LIMIT.perAddress; i++) {
      // A new account each time, so only the address's own limit stands in the way.
      const res = await app.request("/v1/auth/login", {
        method: "POST",
        headers: { "content-type": "application/json", "x-forwarded-for": `6.6.${i}.6, 203.0.113.9` },
        body: JSON.stringify({ email: `nobody${i}@example.com`, password: "wrong password!!" }),
      });
      statuses.push(res.status);
    }
    expect(statuses.slice(0, LOGIN_LIMIT.perAddress).every((s) => s === 401)).toBe(true);
    expect(statuses[LOGIN_LIMIT.perAddress]).toBe(429);
    await runtime.dispose();
  });
});
