import { execFileSync, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ENGINES, emptyDatabase } from "./test-app";
import { createApp } from "./app";
import { makeRuntime } from "./runtime";

const ADMIN = fileURLToPath(new URL("./admin.ts", import.meta.url));

/** The admin command as an operator runs it: its own process, on the server's database. */
function admin(databaseUrl: string, args: string[], input?: string) {
  const env = { ...process.env, DATABASE_URL: databaseUrl };
  return spawnSync(process.execPath, ["--import", "tsx", ADMIN, ...args], { env, input, encoding: "utf8" });
}

describe.each(ENGINES)("npm run admin -- reset-password on %s", (engine) => {
  it(
    "sets a new password and ends every session and token of that account, and no one else's",
    { timeout: 60_000 },
    async () => {
      const database = await emptyDatabase(engine);
      const runtime = makeRuntime({ databaseUrl: database.url, scryptCost: 1024 });
      try {
        const app = createApp(runtime, { signupsPerAddress: 1000 });
        const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
          app.request(path, {
            method: "POST",
            headers: { "content-type": "application/json", ...headers },
            body: JSON.stringify(body),
          });
        const signUp = async (email: string) => {
          const res = await post("/v1/auth/signup", { email, password: "the old password", name: "Ana Ruiz" });
          const cookie = res.headers.get("set-cookie")?.split(";")[0] ?? "";
          const { csrfToken } = (await res.json()) as { csrfToken: string };
          const token = (
            (await (await post("/v1/tokens", { name: "laptop" }, { cookie, "x-csrf-token": csrfToken })).json()) as {
              token: string;
            }
          ).token;
          return { cookie, bearer: { authorization: `Bearer ${token}` } };
        };
        const ana = await signUp("ana@example.com");
        const ben = await signUp("ben@example.com");
        const meWith = async (headers: Record<string, string>) => (await app.request("/v1/me", { headers })).status;
        expect(await meWith({ cookie: ana.cookie })).toBe(200);

        const run = admin(database.url, ["reset-password", " Ana@Example.com "]);
        expect(run.stderr).toBe("");
        expect(run.status).toBe(0);
        expect(run.stdout).toMatch(
          /Set a new password for ana@example\.com\. Ended 1 session and revoked 1 access token/,
        );
        const password = /New password \(shown this once; pass it on privately\): (\S+)/.exec(run.stdout)?.[1] ?? "";
        expect(password.length).toBeGreaterThanOrEqual(20);

        expect(await meWith({ cookie: ana.cookie })).toBe(401);
        expect(await meWith(ana.bearer)).toBe(401);
        expect((await post("/v1/auth/login", { email: "ana@example.com", password: "the old password" })).status).toBe(
          401,
        );
        expect((await post("/v1/auth/login", { email: "ana@example.com", password })).status).toBe(200);
        // Someone else's account is untouched.
        expect(await meWith({ cookie: ben.cookie })).toBe(200);
        expect(await meWith(ben.bearer)).toBe(200);

        // A chosen password comes from standard input, never the command line (which the shell keeps).
        const chosen = admin(
          database.url,
          ["reset-password", "ana@example.com", "--password-stdin"],
          "a password she chose\n",
        );
        expect(chosen.status).toBe(0);
        expect(chosen.stdout).not.toMatch(/New password/);
        expect(
          (await post("/v1/auth/login", { email: "ana@example.com", password: "a password she chose" })).status,
        ).toBe(200);
      } finally {
        await runtime.dispose();
        database.remove();
      }
    },
  );

  it(
    "says what is wrong, in a sentence, for an unknown e-mail, a short password or a mistyped command",
    { timeout: 60_000 },
    async () => {
      const database = await emptyDatabase(engine);
      try {
        // The database is created and migrated by the command itself.
        const unknown = admin(database.url, ["reset-password", "nobody@example.com"]);
        expect(unknown.status).toBe(1);
        expect(unknown.stderr).toMatch(
          /^Enlist cannot reset the password: there is no account with the e-mail nobody@example\.com in /,
        );
        const short = admin(database.url, ["reset-password", "nobody@example.com", "--password-stdin"], "short\n");
        expect(short.status).toBe(1);
        expect(short.stderr).toMatch(/The new password must be at least 10 characters\./);
        const typo = admin(database.url, ["reset-pasword", "ana@example.com"]);
        expect(typo.status).toBe(2);
        expect(typo.stderr).toMatch(
          /^Unknown or incomplete command\.\n\nUsage: npm run admin -- reset-password <email>/,
        );
        expect(
          execFileSync(process.execPath, ["--import", "tsx", ADMIN, "--help"], {
            encoding: "utf8",
            stdio: ["ignore", "pipe", "pipe"],
          }),
        ).toMatch(/^Usage: npm run admin -- reset-password/);
      } finally {
        database.remove();
      }
    },
  );
});
