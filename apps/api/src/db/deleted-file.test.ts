// SQLite: the data file deleted while the server runs. Writes must not answer "saved" into nothing.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createApp } from "../app";
import { makeRuntime } from "../runtime";

describe("the SQLite file deleted under a running server", () => {
  const dir = mkdtempSync(join(tmpdir(), "enlist-gone-"));
  const file = join(dir, "enlist.sqlite");
  const runtime = makeRuntime({ databaseUrl: `sqlite://${file}`, scryptCost: 1024 });
  const app = createApp(runtime, { signupsPerAddress: 100 });
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    app.request(path, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify(body),
    });
  afterAll(async () => {
    await runtime.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it("refuses writes with 503 and says so in /healthz, instead of losing them", async () => {
    const signup = await post("/v1/auth/signup", {
      email: "ana@example.com",
      password: "correct horse battery",
      name: "Ana",
    });
    expect(signup.status).toBe(201);
    expect((await app.request("/healthz")).status).toBe(200);

    rmSync(file);
    for (const suffix of ["-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });

    const write = await post("/v1/auth/signup", {
      email: "bo@example.com",
      password: "correct horse battery",
      name: "Bo",
    });
    expect(write.status).toBe(503);
    const health = await app.request("/healthz");
    expect(health.status).toBe(503);
    expect(((await health.json()) as { detail: string }).detail).toContain("was deleted while the server ran");
  });
});
