// The server as an operator starts it, with settings or a database it cannot use: it must stop with a
// readable reason (exit 1, no stack trace), not announce itself and then fail every request.
import { spawn } from "node:child_process";
import { writeFileSync, mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const server = fileURLToPath(new URL("./server.ts", import.meta.url));

function start(env: Record<string, string>): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", server], {
      env: { PATH: process.env.PATH ?? "", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    // A server that did start is stopped, so the test reports what it printed instead of hanging.
    const timer = setTimeout(() => child.kill("SIGINT"), 15_000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, out });
    });
  });
}

const noStack = (out: string) => expect(out).not.toMatch(/^\s+at /m);

describe("starting the server", () => {
  it("stops on a setting it cannot use, naming it", async () => {
    const { code, out } = await start({ PORT: "abc", TOOLS_RATE_PER_MINUTE: "lots" });
    expect(code).toBe(1);
    expect(out).toContain(
      'Enlist cannot start: check these settings:\n  PORT must be a whole number from 0 to 65535 (got "abc").\n  TOOLS_RATE_PER_MINUTE',
    );
    noStack(out);
  });

  it("stops when the SQLite folder cannot be created, saying where", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "enlist-start-")), "not-a-folder");
    writeFileSync(file, "");
    const { code, out } = await start({ DATA_DIR: join(file, "data"), PORT: "0" });
    expect(code).toBe(1);
    expect(out).toContain(
      `Enlist cannot start: cannot open the database (SQLite at ${join(file, "data", "enlist.sqlite")}): ENOTDIR`,
    );
    expect(out).not.toContain("Enlist is running");
    noStack(out);
  });

  it("stops when PostgreSQL cannot be reached, without printing the password", async () => {
    const { code, out } = await start({ DATABASE_URL: "postgres://enlist:s3cret-pw@127.0.0.1:1/enlist", PORT: "0" });
    expect(code).toBe(1);
    expect(out).toContain("Enlist cannot start: cannot open the database (PostgreSQL at 127.0.0.1:1/enlist):");
    expect(out).toContain("ECONNREFUSED");
    expect(out).not.toContain("s3cret-pw");
    noStack(out);
  });

  it("stops when its port is taken, saying which", async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, "127.0.0.1", resolve));
    const port = (taken.address() as { port: number }).port;
    try {
      const { code, out } = await start({ PORT: String(port), DATA_DIR: mkdtempSync(join(tmpdir(), "enlist-start-")) });
      expect(code).toBe(1);
      expect(out).toContain(`Enlist cannot start: port ${port} on 127.0.0.1 is already in use`);
      noStack(out);
    } finally {
      taken.close();
    }
  });
});
