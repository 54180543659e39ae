// The OpenAPI document as client generators read it: an operationId for each operation, security named
// (or none, said), Redocly's recommended rules clean, and every status the middleware answers listed for
// the operations it guards, with the answer valid against the document. openapi-calls.test.ts makes the
// successful calls.
import { execFile } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { Layer, ManagedRuntime } from "effect";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createApp, IMPORT_LIMIT, BODY_LIMIT } from "./app";
import { connect } from "./db/connect";
import { answerChecker, operations, type Document } from "./openapi-answers";
import { makeRuntime } from "./runtime";
import { systemClock } from "./services/clock";
import { Db } from "./services/db";
import { scryptPasswords } from "./services/passwords";
import { emptyDatabase } from "./test-app";

const PUBLIC_OPERATIONS = ["getHealth", "signUp", "logIn", "logOut", "checkAsk", "lintMessage", "buildMessage"];
const packageDir = fileURLToPath(new URL("..", import.meta.url));

let doc: Document;
let database: Awaited<ReturnType<typeof emptyDatabase>>;
let runtime: ReturnType<typeof makeRuntime>;
/** Heavy work never allowed, one tool call a minute, one sign-up per address: each limit is met at once. */
let limited: ReturnType<typeof createApp>;
// A server whose database went away after it started (nothing listens on port 1).
const lost = connect("postgres://enlist:enlist@127.0.0.1:1/enlist");
const lostRuntime = ManagedRuntime.make(Layer.mergeAll(Layer.succeed(Db, lost), systemClock, scryptPasswords(1024)));
const unavailable = createApp(lostRuntime);

beforeAll(async () => {
  database = await emptyDatabase("sqlite");
  runtime = makeRuntime({ databaseUrl: database.url, scryptCost: 1024 });
  limited = createApp(runtime, { heavyPerUser: 0, toolsPerMinute: 1, signupsPerAddress: 1 });
  doc = (await (await limited.request("/openapi.json")).json()) as Document;
});
afterAll(async () => {
  await runtime.dispose();
  await lostRuntime.dispose();
  await lost.db.destroy();
  database.remove();
});

/** The operation's path with its parameters filled in. */
const concrete = (path: string) => path.replace(/\{[^}]+\}/g, "con_x");

describe("the OpenAPI document", () => {
  it("gives every operation a unique operationId", () => {
    const ids = [...operations(doc).values()].map((o) => o.operation.operationId);
    expect(ids.filter((id) => id === undefined)).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("says security: [] for the public operations, and names a declared scheme for the others", () => {
    expect(Object.keys(doc.components.securitySchemes).sort()).toEqual(["bearer", "cookie", "feed"]);
    for (const [id, { operation }] of operations(doc)) {
      expect(operation.security, id).toBeDefined();
      if (PUBLIC_OPERATIONS.includes(id)) expect(operation.security, id).toEqual([]);
      else {
        expect(operation.security?.length, id).toBeGreaterThan(0);
        for (const requirement of operation.security ?? [])
          for (const scheme of Object.keys(requirement))
            expect(doc.components.securitySchemes, id).toHaveProperty(scheme);
      }
    }
  });

  it("is clean under Redocly's recommended rules", async () => {
    const dir = mkdtempSync(join(tmpdir(), "enlist-redocly-"));
    try {
      writeFileSync(join(dir, "openapi.json"), JSON.stringify(doc, null, 2));
      for (const file of ["redocly.yaml", ".redocly.lint-ignore.yaml"])
        copyFileSync(join(packageDir, file), join(dir, file));
      const cli = join(dirname(createRequire(import.meta.url).resolve("@redocly/cli/package.json")), "bin/cli.js");
      // No telemetry and no update check: the lint runs offline, as CI may.
      const env = { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true", NO_COLOR: "1" };
      const { stdout, stderr } = await promisify(execFile)(
        process.execPath,
        [cli, "lint", "openapi.json", "--format", "stylish"],
        { cwd: dir, env },
      );
      // execFile rejects on a non-zero exit (any error); a warning shows as "line:column  warning  rule".
      expect(stdout + stderr).toMatch(/Your API description is valid/);
      expect(stdout + stderr).not.toMatch(/^\s*\d+:\d+\s+(warning|error)\s/m);
      expect(stdout + stderr).not.toMatch(/You have \d+ warning/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("statuses the middleware answers are in each operation's contract", () => {
  const failures: string[] = [];
  const expectListed = async (id: string, res: Response, status: number) => {
    expect(res.status, `${id}: ${await res.clone().text()}`).toBe(status);
    failures.push(...(await answerChecker(doc)(id, res)));
  };
  // Each answer is also checked against the document; what was wrong fails the test that made the call.
  afterEach(() => {
    const found = failures.splice(0);
    expect(found).toEqual([]);
  });
  const each = (filter: (id: string, method: string, path: string) => boolean) => () =>
    [...operations(doc)].filter(([id, o]) => filter(id, o.method, o.path));

  it("400 for a NUL in the query, on every /v1 operation (refuseNul)", async () => {
    for (const [id, { method, path }] of each((_id, _m, path) => path.startsWith("/v1/"))())
      await expectListed(id, await limited.request(`${concrete(path)}?x=%00`, { method: method.toUpperCase() }), 400);
  });

  it("401 without a token or session, on every operation that needs an account", async () => {
    for (const [id, { method, path }] of each(
      (id, _m, path) => !PUBLIC_OPERATIONS.includes(id) && id !== "followUpCalendar" && path.startsWith("/v1/"),
    )())
      await expectListed(id, await limited.request(concrete(path), { method: method.toUpperCase() }), 401);
  });

  it("413 for a body over the limit, on every operation that is not a GET", async () => {
    for (const [id, { method, path }] of each((_id, method) => method !== "get")()) {
      const limit = path === "/v1/contacts/import" ? IMPORT_LIMIT : BODY_LIMIT;
      await expectListed(
        id,
        await limited.request(concrete(path), {
          method: method.toUpperCase(),
          headers: { "content-length": String(limit + 1) },
          body: "{}",
        }),
        413,
      );
    }
  });

  it("429 when an account's heavy work, the tools or the sign-ups are at their limit", async () => {
    const signup = await limited.request("/v1/auth/signup", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "limits@example.com", password: "correct horse battery", name: "Ana" }),
    });
    const cookie = signup.headers.get("set-cookie")?.split(";")[0] ?? "";
    await expectListed(
      "signUp",
      await limited.request("/v1/auth/signup", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: "again@example.com", password: "correct horse battery", name: "Bo" }),
      }),
      429,
    );
    for (const [id, path] of [
      ["getPlan", "/v1/plan"],
      ["exportContacts", "/v1/contacts/export"],
      ["exportAccount", "/v1/me/export"],
    ] as const)
      await expectListed(id, await limited.request(path, { headers: { cookie } }), 429);
    const csrf = ((await signup.json()) as { csrfToken: string }).csrfToken;
    await expectListed(
      "importContacts",
      await limited.request("/v1/contacts/import", {
        method: "POST",
        headers: { cookie, "x-csrf-token": csrf, "content-type": "text/csv" },
        body: "First Name,Last Name\nAna,Ruiz\n",
      }),
      429,
    );
    for (const [id, { path }] of each((id) => ["checkAsk", "lintMessage", "buildMessage"].includes(id))()) {
      await limited.request(path, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
      await expectListed(
        id,
        await limited.request(path, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" }),
        429,
      );
    }
  });

  it("503 when the database cannot be reached, on every operation that reads or writes it", async () => {
    const json = (body: unknown) => ({
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    const credentials = { email: "ana@example.com", password: "correct horse battery" };
    const publicCalls: Record<string, [string, RequestInit]> = {
      getHealth: ["/healthz", {}],
      signUp: ["/v1/auth/signup", json({ ...credentials, name: "Ana" })],
      logIn: ["/v1/auth/login", json(credentials)],
      logOut: ["/v1/auth/logout", { method: "POST", headers: { cookie: "enlist_session=s" } }],
      followUpCalendar: ["/v1/follow-ups.ics?token=feed", {}],
    };
    for (const [id, { method, path }] of each((id) => !["checkAsk", "lintMessage", "buildMessage"].includes(id))()) {
      const [url, init] = publicCalls[id] ?? [
        concrete(path),
        { method: method.toUpperCase(), headers: { authorization: "Bearer enl_x" } },
      ];
      await expectListed(id, await unavailable.request(url, init), 503);
    }
  });
});
