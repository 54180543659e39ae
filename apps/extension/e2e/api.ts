import { serve, type ServerType } from "@hono/node-server";
import { createApp, makeRuntime } from "@enlist/api";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Marks the test's own requests, so that `seen` holds only what the browser sent. */
const BY_THE_TEST = "x-sent-by-test";

export interface RunningApi {
  url: string;
  /** A personal access token of the signed-up user, made as a user makes one. */
  token: string;
  /** Every request the server was sent, as "METHOD /path?query", to see what the extension sent and when. */
  seen: string[];
  request(
    path: string,
    init?: { method?: string; body?: unknown },
  ): Promise<{ status: number; json: () => Promise<unknown> }>;
  close(): Promise<void>;
}

/** The real API on a temporary SQLite file and a loopback port, with a user signed up and holding a token. */
export async function startApi(): Promise<RunningApi> {
  const dir = mkdtempSync(join(tmpdir(), "enlist-ext-api-"));
  const runtime = makeRuntime({ databaseUrl: `sqlite://${join(dir, "enlist.sqlite")}`, scryptCost: 1024 });
  const app = createApp(runtime, { toolsPerMinute: 10_000 });
  const seen: string[] = [];
  const server: ServerType = await new Promise((ok) => {
    const s = serve(
      {
        fetch: (req: Request) => {
          const u = new URL(req.url);
          if (!req.headers.has(BY_THE_TEST)) seen.push(`${req.method} ${u.pathname}${u.search}`);
          return app.fetch(req);
        },
        port: 0,
        hostname: "127.0.0.1",
      },
      () => ok(s),
    );
  });
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;

  const signup = await fetch(`${url}/v1/auth/signup`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ name: "Maya Chen", email: "maya@example.com", password: "a long enough password" }),
  });
  const { csrfToken } = (await signup.json()) as { csrfToken: string };
  const cookie = signup.headers.getSetCookie()[0]?.split(";")[0] ?? "";
  const made = await fetch(`${url}/v1/tokens`, {
    method: "POST",
    headers: { cookie, "x-csrf-token": csrfToken, "content-type": "application/json" },
    body: JSON.stringify({ name: "browser extension" }),
  });
  const { token } = (await made.json()) as { token: string };
  seen.length = 0;

  const request: RunningApi["request"] = async (path, init = {}) => {
    const res = await fetch(`${url}${path}`, {
      method: init.method ?? "GET",
      headers: {
        authorization: `Bearer ${token}`,
        [BY_THE_TEST]: "1",
        ...(init.body !== undefined ? { "content-type": "application/json" } : {}),
      },
      ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
    });
    return { status: res.status, json: () => res.json() };
  };
  return {
    url,
    token,
    seen,
    request,
    close: async () => {
      server.close();
      await runtime.dispose();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
