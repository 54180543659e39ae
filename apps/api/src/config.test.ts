import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, configFromEnv, describeDatabase } from "./config";

const problemsOf = (env: NodeJS.ProcessEnv): readonly string[] => {
  try {
    configFromEnv(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
};

describe("configFromEnv", () => {
  it("gives the laptop defaults when nothing is set (empty values count as unset)", () => {
    expect(configFromEnv({ PORT: "", TRUST_PROXY: " " })).toEqual({
      port: 3000,
      host: "127.0.0.1",
      databaseUrl: `sqlite://${resolve("data", "enlist.sqlite")}`,
      trustProxy: false,
      proxyHops: 1,
      toolsPerMinute: 300,
      scryptCost: 131072,
      webRoot: null,
    });
  });

  it("reads every setting", () => {
    const web = mkdtempSync(join(tmpdir(), "enlist-web-"));
    writeFileSync(join(web, "index.html"), "<!doctype html>");
    const config = configFromEnv({
      PORT: "8080",
      HOST: "0.0.0.0",
      DATABASE_URL: "postgres://u:p@db:5432/enlist",
      TRUST_PROXY: "true",
      TRUST_PROXY_HOPS: "2",
      TOOLS_RATE_PER_MINUTE: "60",
      SCRYPT_COST: "16384",
      WEB_ROOT: web,
    });
    expect(config).toEqual({
      port: 8080,
      host: "0.0.0.0",
      databaseUrl: "postgres://u:p@db:5432/enlist",
      trustProxy: true,
      proxyHops: 2,
      toolsPerMinute: 60,
      scryptCost: 16384,
      webRoot: web,
    });
    expect(configFromEnv({ DATA_DIR: "/var/lib/enlist" }).databaseUrl).toBe("sqlite:///var/lib/enlist/enlist.sqlite");
    expect(configFromEnv({ TRUST_PROXY: "off" }).trustProxy).toBe(false);
  });

  it("names each unusable setting and what it accepts, all at once", () => {
    expect(
      problemsOf({ PORT: "abc", TOOLS_RATE_PER_MINUTE: "lots", SCRYPT_COST: "1000", TRUST_PROXY: "maybe" }),
    ).toEqual([
      'PORT must be a whole number from 0 to 65535 (got "abc").',
      'TOOLS_RATE_PER_MINUTE must be a whole number of requests a minute, at least 1 (got "lots").',
      'SCRYPT_COST must be a power of two from 1024 to 131072 (got "1000").',
      'TRUST_PROXY must be 1 or 0 (true/false, yes/no, on/off) (got "maybe").',
    ]);
    expect(problemsOf({ PORT: "70000" })).toHaveLength(1);
    expect(problemsOf({ PORT: "-1" })).toHaveLength(1);
    expect(problemsOf({ PORT: "80.5" })).toHaveLength(1);
    expect(problemsOf({ TOOLS_RATE_PER_MINUTE: "0" })).toHaveLength(1);
    expect(problemsOf({ SCRYPT_COST: String(2 ** 20) })).toHaveLength(1);
  });

  it("refuses a database URL it cannot use without repeating its password", () => {
    const [problem] = problemsOf({ DATABASE_URL: "mysql://root:hunter2@db/enlist" });
    expect(problem).toBe('DATABASE_URL must start with postgres:// (or sqlite:) (got "mysql:…").');
    expect(problem).not.toContain("hunter2");
  });

  it("refuses a WEB_ROOT without a built app in it", () => {
    const empty = mkdtempSync(join(tmpdir(), "enlist-web-"));
    expect(problemsOf({ WEB_ROOT: empty })[0]).toContain(`WEB_ROOT has no index.html at ${empty}`);
  });
});

describe("describeDatabase", () => {
  it("says where the data is, never with credentials", () => {
    expect(describeDatabase("sqlite:///srv/enlist.sqlite")).toBe("SQLite at /srv/enlist.sqlite");
    expect(describeDatabase("postgres://enlist:secret@db.internal:5432/enlist")).toBe(
      "PostgreSQL at db.internal:5432/enlist",
    );
  });
});
