// Two API processes, as behind a load balancer, over one database: what one of them counts, opens, revokes
// or changes, the other sees. Each is the real server (server.ts) in a child process of its own.
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOGIN_LIMIT } from "./services/accounts";
import { emptyDatabase, ENGINES } from "./test-app";

const serverScript = fileURLToPath(new URL("./server.ts", import.meta.url));

interface Server {
  child: ChildProcess;
  base: string;
}

function startServer(databaseUrl: string): Promise<Server> {
  const env = {
    PATH: process.env.PATH ?? "",
    PORT: "0",
    SCRYPT_COST: "1024",
    ...(databaseUrl.startsWith("sqlite")
      ? { DATA_DIR: databaseUrl.replace(/^sqlite:\/\//, "").replace(/\/[^/]+$/, "") }
      : { DATABASE_URL: databaseUrl }),
  };
  const child = spawn(process.execPath, ["--import", "tsx", serverScript], { env, stdio: ["ignore", "pipe", "pipe"] });
  return new Promise((resolve, reject) => {
    let out = "";
    const seen = (d: Buffer) => {
      out += d;
      const port = /running on http:\/\/localhost:(\d+)/.exec(out)?.[1];
      if (port) resolve({ child, base: `http://127.0.0.1:${port}` });
    };
    child.stdout?.on("data", seen);
    child.stderr?.on("data", (d: Buffer) => (out += d));
    child.on("exit", (code) => reject(new Error(`the server stopped (${code}) before listening:\n${out}`)));
  });
}

describe.each(ENGINES)("two API processes over one %s database", (engine) => {
  let a: Server;
  let b: Server;
  let remove = () => {};
  beforeAll(async () => {
    const database = await emptyDatabase(engine);
    remove = database.remove;
    // The server names its SQLite file enlist.sqlite in DATA_DIR: both processes are given the same folder.
    a = await startServer(database.url);
    b = await startServer(database.url);
  }, 60_000);
  afterAll(async () => {
    await Promise.all(
      [a, b].filter(Boolean).map(
        (s) =>
          new Promise((resolve) => {
            s.child.once("exit", resolve);
            s.child.kill("SIGTERM");
            // A server still closing its connections after a few seconds is stopped outright.
            setTimeout(() => s.child.kill("SIGKILL"), 5_000).unref();
          }),
      ),
    );
    remove();
  });

  const call = (
    server: Server,
    path: string,
    init: { method?: string; json?: unknown; headers?: Record<string, string> } = {},
  ) =>
    fetch(`${server.base}${path}`, {
      method: init.method ?? "GET",
      headers: { ...(init.json !== undefined ? { "content-type": "application/json" } : {}), ...init.headers },
      ...(init.json !== undefined ? { body: JSON.stringify(init.json) } : {}),
    });

  const signUp = async (server: Server, email: string) => {
    const res = await call(server, "/v1/auth/signup", {
      method: "POST",
      json: { email, password: "correct horse battery", name: "Ana Ruiz" },
    });
    expect(res.status).toBe(201);
    const { csrfToken } = (await res.json()) as { csrfToken: string };
    return { cookie: res.headers.get("set-cookie")?.split(";")[0] ?? "", csrfToken };
  };

  it("counts log-in attempts once across both: no more password checks than the limit, whichever process is asked", async () => {
    const email = `limit-${engine}@example.com`;
    await signUp(a, email);
    const attempts = Array.from({ length: 40 }, (_, i) =>
      call(i % 2 ? b : a, "/v1/auth/login", { method: "POST", json: { email, password: "wrong password!!" } }),
    );
    const statuses = (await Promise.all(attempts)).map((r) => r.status);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(LOGIN_LIMIT.perAccountAndAddress);
    expect(statuses.filter((s) => s === 401 || s === 429)).toHaveLength(40);
    // Both processes refuse the next attempt: neither kept a count of its own.
    for (const server of [a, b])
      expect(
        (await call(server, "/v1/auth/login", { method: "POST", json: { email, password: "wrong password!!" } }))
          .status,
      ).toBe(429);
  });

  it("honours a session opened on one process on the other, and a log-out on either ends it on both", async () => {
    const { cookie, csrfToken } = await signUp(a, `session-${engine}@example.com`);
    expect((await call(b, "/v1/me", { headers: { cookie } })).status).toBe(200);
    // A write with the cookie needs the session's CSRF token, which the other process knows as well.
    expect(
      (
        await call(b, "/v1/contacts", {
          method: "POST",
          headers: { cookie, "x-csrf-token": csrfToken },
          json: { name: "Sarah Chen", circle: "leaders", tie: "stranger" },
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await call(b, "/v1/contacts", {
          method: "POST",
          headers: { cookie, "x-csrf-token": "not-the-token" },
          json: { name: "X", circle: "leaders", tie: "stranger" },
        })
      ).status,
    ).toBe(403);
    expect(
      (await call(b, "/v1/auth/logout", { method: "POST", headers: { cookie, "x-csrf-token": csrfToken } })).status,
    ).toBeLessThan(300);
    expect((await call(a, "/v1/me", { headers: { cookie } })).status).toBe(401);
  });

  it("accepts a token made on one process on the other, until it is revoked on either", async () => {
    const { cookie, csrfToken } = await signUp(a, `token-${engine}@example.com`);
    const made = (await (
      await call(a, "/v1/tokens", {
        method: "POST",
        headers: { cookie, "x-csrf-token": csrfToken },
        json: { name: "cli" },
      })
    ).json()) as { id: string; token: string };
    const bearer = { authorization: `Bearer ${made.token}` };
    expect((await call(b, "/v1/me", { headers: bearer })).status).toBe(200);
    expect((await call(b, `/v1/tokens/${made.id}`, { method: "DELETE", headers: bearer })).status).toBe(204);
    expect((await call(a, "/v1/me", { headers: bearer })).status).toBe(401);
  });

  it("gives one contact the same ETag on both, and of parallel changes with one ETag sent to both lets exactly one win", async () => {
    const { cookie, csrfToken } = await signUp(b, `etag-${engine}@example.com`);
    const auth = { cookie, "x-csrf-token": csrfToken };
    const created = await call(a, "/v1/contacts", {
      method: "POST",
      headers: auth,
      json: { name: "Sarah Chen", circle: "leaders", tie: "stranger" },
    });
    const { id } = (await created.json()) as { id: string };
    const etag = created.headers.get("etag") ?? "";
    expect((await call(b, `/v1/contacts/${id}`, { headers: auth })).headers.get("etag")).toBe(etag);

    const changes = Array.from({ length: 12 }, (_, i) =>
      call(i % 2 ? b : a, `/v1/contacts/${id}`, {
        method: "PATCH",
        headers: { ...auth, "if-match": etag },
        json: { researchNotes: `change ${i}` },
      }),
    );
    const statuses = (await Promise.all(changes)).map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 412)).toHaveLength(11);
    // The winner's version is what both now show; the ETag read before the change no longer applies on either.
    const after = await call(a, `/v1/contacts/${id}`, { headers: auth });
    expect(after.headers.get("etag")).not.toBe(etag);
    expect((await call(b, `/v1/contacts/${id}`, { headers: auth })).headers.get("etag")).toBe(
      after.headers.get("etag"),
    );
    expect(
      (
        await call(b, `/v1/contacts/${id}`, {
          method: "PATCH",
          headers: { ...auth, "if-match": etag },
          json: { tie: "friend" },
        })
      ).status,
    ).toBe(412);
  });
});
