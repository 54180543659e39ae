// The log-in limit under parallel attempts: counted by the database in one statement, on both engines.
import { describe, expect, it } from "vitest";
import { LOGIN_LIMIT } from "./services/accounts";
import { ENGINES, useTestApp } from "./test-app";

describe.each(ENGINES)("log-in limit on %s", (engine) => {
  const app = useTestApp(engine);

  it("lets no more password checks through than the limit when 60 wrong attempts arrive at once, and never 500", async () => {
    const email = `parallel-${engine}@example.com`;
    await app.request("/v1/auth/signup", {
      method: "POST",
      json: { email, password: "correct horse battery", name: "Ana" },
    });
    // One account from one address: that pair's limit (10) is the lowest, the one that must hold.
    const attempts = Array.from({ length: 60 }, () =>
      app.request("/v1/auth/login", { method: "POST", json: { email, password: "wrong password!!" } }),
    );
    const statuses = (await Promise.all(attempts)).map((r) => r.status);
    const checked = statuses.filter((s) => s === 401).length;
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    expect(checked).toBeLessThanOrEqual(LOGIN_LIMIT.perAccountAndAddress);
    expect(checked + statuses.filter((s) => s === 429).length).toBe(60);
  });
});
