import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "@hono/node-server";
import { createApp, makeRuntime } from "@enlist/api";
import { fixturePath, readFixture } from "@enlist/fixtures";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run } from "../main";

const fixtures = fileURLToPath(new URL("../fixtures/", import.meta.url));
/** LinkedIn's Connections.csv as a real export has it (ten people), from the shared samples. */
const CONNECTIONS = fixturePath("linkedin/labeldekho__linkedin-network-intelligence__tests_fixtures_Connections.csv");
let base = "";
let close: () => Promise<void>;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "enlist-cli-"));
  const runtime = makeRuntime({ databaseUrl: `sqlite://${join(dir, "db.sqlite")}`, scryptCost: 1024 });
  const app = createApp(runtime);
  const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" });
  await new Promise((r) => server.once("listening", r));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  close = async () => {
    server.close();
    await runtime.dispose();
    rmSync(dir, { recursive: true, force: true });
  };
});
afterAll(() => close());

async function cli(argv: string[]) {
  let out = "";
  let err = "";
  const code = await run(argv, {
    stdout: (s) => (out += s),
    stderr: (s) => (err += s),
    readStdin: async () => "",
    today: () => "2026-11-25",
    cwd: fixtures,
  });
  return { code, out, err };
}

let users = 0;
/** A new account each time, so that each test starts with no contacts. */
async function token(): Promise<string> {
  const signup = await fetch(`${base}/v1/auth/signup`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: `cli${++users}@example.com`, password: "correct horse battery", name: "Cli" }),
  });
  const cookie = signup.headers.get("set-cookie")?.split(";")[0] ?? "";
  const { csrfToken } = (await signup.json()) as { csrfToken: string };
  const res = await fetch(`${base}/v1/tokens`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie, "x-csrf-token": csrfToken },
    body: JSON.stringify({ name: "cli" }),
  });
  return ((await res.json()) as { token: string }).token;
}

describe("enlist import", () => {
  it("sends an export to a real server, dry run first", async () => {
    const t = await token();
    const dry = await cli(["import", CONNECTIONS, "--to", base, "--token", t, "--dry-run"]);
    expect(dry).toMatchObject({ code: 0, err: "" });
    expect(dry.out).toContain(`Would import 10 of 10 rows from ${CONNECTIONS} (linkedin-csv).`);
    const real = await cli(["import", CONNECTIONS, "--to", base, "--token", t]);
    expect(real.out).toContain("Imported 10 of 10 rows");
    const list = (await (
      await fetch(`${base}/v1/contacts?limit=50`, { headers: { authorization: `Bearer ${t}` } })
    ).json()) as { items: unknown[] };
    expect(list.items).toHaveLength(10);
  });

  it("keeps the accents of a CSV saved by Excel on Windows, and says how it read it", async () => {
    const t = await token();
    const r = await cli(["import", "Connections-windows-1252.csv", "--to", base, "--token", t]);
    expect(r).toMatchObject({ code: 0, err: "" });
    expect(r.out).toContain("Imported 2 of 2 rows");
    expect(r.out).toContain("read as Windows-1252");
    const list = (await (
      await fetch(`${base}/v1/contacts?q=n%C3%BA%C3%B1ez`, { headers: { authorization: `Bearer ${t}` } })
    ).json()) as { items: { name: string; company: string }[] };
    expect(list.items.map((c) => [c.name, c.company])).toEqual([["José Núñez", "Diseño Ibérico"]]);
  });

  it("says how many fit no circle yet for the pivot, and where they go", async () => {
    const t = await token();
    const auth = { authorization: `Bearer ${t}`, "content-type": "application/json" };
    await fetch(`${base}/v1/pivot`, {
      method: "PUT",
      headers: auth,
      body: JSON.stringify({
        fromField: "Research",
        toField: "Engineering",
        targetRoles: ["Engineering Manager"],
        stillEmployed: true,
        weeklyMinutes: 60,
      }),
    });
    const dry = await cli(["import", CONNECTIONS, "--to", base, "--token", t, "--dry-run"]);
    const preview = (await (
      await fetch(`${base}/v1/contacts/import?dryRun=true`, {
        method: "POST",
        headers: { ...auth, "content-type": "text/csv" },
        body: readFixture("linkedin/labeldekho__linkedin-network-intelligence__tests_fixtures_Connections.csv"),
      })
    ).json()) as { report: { unsorted: number } };
    expect(preview.report.unsorted).toBeGreaterThan(0);
    expect(dry.out).toContain(
      `  ${preview.report.unsorted} fit no circle yet for your pivot: would be stored with Backers, to sort in the app`,
    );
    const real = await cli(["import", CONNECTIONS, "--to", base, "--token", t]);
    expect(real.out).toContain(
      `  ${preview.report.unsorted} fit no circle yet for your pivot: stored with Backers, to sort in the app`,
    );
  });

  it("the same file twice: the second time everyone is already stored, unchanged", async () => {
    const t = await token();
    await cli(["import", CONNECTIONS, "--to", base, "--token", t]);
    const again = await cli(["import", CONNECTIONS, "--to", base, "--token", t]);
    expect(again).toMatchObject({ code: 0, err: "" });
    expect(again.out).toContain("Imported 0 of 10 rows");
    expect(again.out).toContain("  10 already stored, unchanged");
    expect(again.out).not.toContain("possible duplicate");
  });

  it("sends a vCard as one whatever its name says, as @enlist/io tells it", async () => {
    const t = await token();
    const dir = mkdtempSync(join(tmpdir(), "enlist-cli-vcard-"));
    const file = join(dir, "phone export.txt");
    writeFileSync(file, readFixture("vcard/ezvcard__John_Doe_ANDROID.vcf"));
    const r = await cli(["import", file, "--to", base, "--token", t, "--dry-run"]);
    rmSync(dir, { recursive: true, force: true });
    expect(r).toMatchObject({ code: 0, err: "" });
    expect(r.out).toMatch(/\(vcard\)\.\n/);
  });

  it("says why the server refused", async () => {
    const r = await cli(["import", CONNECTIONS, "--to", base, "--token", "enl_wrong"]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("401 Not logged in: This access token is not valid");
  });

  it("needs a server and a token", async () => {
    expect((await cli(["import", CONNECTIONS, "--token", "x"])).err).toContain("--to is required");
    expect((await cli(["import", "nope.csv", "--to", base, "--token", "x"])).err).toContain(
      "cannot read nope.csv: no such file",
    );
  });
});
