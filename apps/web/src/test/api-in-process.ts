import { serve, type ServerType } from "@hono/node-server";
import { createApp, makeRuntime } from "@enlist/api";
import { mkdtempSync, rmSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setCsrfToken, setTransport } from "../api/client";
import { setPivot, startSession } from "../session";

export interface TestApi {
  /** A request to the same API, as the signed-in user, for the test to set up and check its data. */
  request: (
    path: string,
    init?: { method?: string; body?: unknown; headers?: Record<string, string> },
  ) => Promise<{ status: number; json: () => unknown }>;
  /** A file sent to the same API as the signed-in user (an import's CSV, vCard or backup), its answer as JSON. */
  upload: (
    path: string,
    contentType: string,
    body: string | Uint8Array,
  ) => Promise<{ status: number; json: () => unknown }>;
  /** Makes every request of the page fail as a lost connection would, until called with false. */
  offline: (yes: boolean) => void;
  close: () => Promise<void>;
}

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One HTTP exchange with Node's own client: happy-dom's fetch, like a browser's, hides Set-Cookie. */
function exchange(
  url: string,
  method: string,
  headers: Record<string, string>,
  body?: string | Uint8Array,
): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method, headers }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (text += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

/**
 * The real API (SQLite in a temporary folder) on a loopback port, with a user signed up and a pivot set, and
 * the page's typed client pointed at it: the components under test talk to the code the server runs.
 */
export async function startApi(): Promise<TestApi> {
  const dir = mkdtempSync(join(tmpdir(), "enlist-web-"));
  const runtime = makeRuntime({ databaseUrl: `sqlite://${join(dir, "enlist.sqlite")}`, scryptCost: 1024 });
  const app = createApp(runtime, { toolsPerMinute: 10_000 });
  const server: ServerType = await new Promise((ok) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, () => ok(s));
  });
  const address = server.address();
  const base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;

  const signup = await exchange(
    `${base}/v1/auth/signup`,
    "POST",
    { "content-type": "application/json" },
    JSON.stringify({ name: "Maya Chen", email: "maya@example.com", password: "a long enough password" }),
  );
  const session = JSON.parse(signup.body) as {
    user: { id: string; email: string; name: string; createdAt: string };
    csrfToken: string;
  };
  const setCookie = signup.headers["set-cookie"];
  const cookie = (Array.isArray(setCookie) ? setCookie[0] : setCookie)?.split(";")[0] ?? "";
  const auth = { cookie, "x-csrf-token": session.csrfToken };

  let down = false;
  setTransport(async (input, init) => {
    if (down) throw new TypeError("Failed to fetch");
    const req = new Request(input, init);
    const url = new URL(req.url);
    const headers: Record<string, string> = { ...auth };
    req.headers.forEach((value, key) => (headers[key] = value));
    const body = req.method === "GET" || req.method === "HEAD" ? undefined : await req.text();
    const res = await exchange(`${base}${url.pathname}${url.search}`, req.method, headers, body);
    const out = new Headers();
    for (const [k, v] of Object.entries(res.headers)) if (typeof v === "string") out.set(k, v);
    return new Response(res.status === 204 ? null : res.body, { status: res.status, headers: out });
  });
  setCsrfToken(session.csrfToken);
  startSession(session);

  const request: TestApi["request"] = async (path, init = {}) => {
    const body = init.body === undefined ? undefined : JSON.stringify(init.body);
    const res = await exchange(
      `${base}${path}`,
      init.method ?? "GET",
      { ...auth, ...(body ? { "content-type": "application/json" } : {}), ...init.headers },
      body,
    );
    return { status: res.status, json: () => JSON.parse(res.body) };
  };
  const pivot = {
    fromField: "Research",
    toField: "Engineering",
    targetRoles: ["Engineering Manager"],
    stillEmployed: true,
    weeklyMinutes: 120,
  };
  await request("/v1/pivot", { method: "PUT", body: pivot });
  setPivot(pivot);
  const upload: TestApi["upload"] = async (path, contentType, body) => {
    const res = await exchange(`${base}${path}`, "POST", { ...auth, "content-type": contentType }, body);
    return { status: res.status, json: () => JSON.parse(res.body) };
  };
  return {
    request,
    upload,
    offline: (yes) => {
      down = yes;
    },
    close: async () => {
      await new Promise((ok) => server.close(ok));
      await runtime.dispose();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
