import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { SCRYPT_DEFAULT } from "./services/passwords";

export interface Config {
  port: number;
  /** The address to listen on: loopback unless the operator opens it up. */
  host: string;
  /** `postgres://…` for PostgreSQL; otherwise the SQLite file under DATA_DIR. */
  databaseUrl: string;
  /** Trust X-Forwarded-For and X-Forwarded-Proto from a reverse proxy. */
  trustProxy: boolean;
  /** Trusted proxies in front of the server that append to X-Forwarded-For. */
  proxyHops: number;
  /** Requests a minute each address may make to the account-free tools. */
  toolsPerMinute: number;
  /** scrypt's cost parameter N. */
  scryptCost: number;
  /** The built web app to serve at `/`, when there is one. */
  webRoot: string | null;
}

/** Settings the server cannot start with, each named with what it accepts. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join("\n"));
    this.name = "ConfigError";
  }
}

const YES = new Set(["1", "true", "yes", "on"]);
const NO = new Set(["0", "false", "no", "off"]);
/** N must be a power of two; above 2^17 one hash needs more memory than a small server should give it. */
const SCRYPT_MIN = 2 ** 10;
const SCRYPT_MAX = 2 ** 17;

/** Where the database is, for messages: the SQLite file, or PostgreSQL's host and database without credentials. */
export function describeDatabase(url: string): string {
  if (!/^postgres(ql)?:\/\//i.test(url)) return `SQLite at ${url.replace(/^sqlite:(\/\/)?/, "")}`;
  try {
    const u = new URL(url);
    return `PostgreSQL at ${u.host}${u.pathname}`;
  } catch {
    return "PostgreSQL";
  }
}

/**
 * Configuration from the environment, with the defaults `npm start` uses on a laptop. A setting that is
 * present but unusable is an error naming it — a typo must not silently turn a limit off or the server into
 * one that answers every request with a 500.
 */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Config {
  const problems: string[] = [];
  const set = (name: string) => {
    const raw = env[name]?.trim();
    return raw ? raw : undefined;
  };
  const integer = (name: string, fallback: number, accepts: string, ok: (n: number) => boolean) => {
    const raw = set(name);
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (/^\d+$/.test(raw) && ok(n)) return n;
    problems.push(`${name} must be ${accepts} (got "${raw}").`);
    return fallback;
  };

  const port = integer("PORT", 3000, "a whole number from 0 to 65535", (n) => n <= 65535);
  const toolsPerMinute = integer(
    "TOOLS_RATE_PER_MINUTE",
    300,
    "a whole number of requests a minute, at least 1",
    (n) => n >= 1,
  );
  // OWASP's minimum by default; lower values are for tests that start real servers, where hashing is the slow part.
  const scryptCost = integer(
    "SCRYPT_COST",
    SCRYPT_DEFAULT.N,
    `a power of two from ${SCRYPT_MIN} to ${SCRYPT_MAX}`,
    (n) => n >= SCRYPT_MIN && n <= SCRYPT_MAX && (n & (n - 1)) === 0,
  );

  const proxyHops = integer("TRUST_PROXY_HOPS", 1, "a whole number of proxies from 1 to 10", (n) => n >= 1 && n <= 10);
  const proxy = set("TRUST_PROXY")?.toLowerCase();
  if (proxy !== undefined && !YES.has(proxy) && !NO.has(proxy))
    problems.push(`TRUST_PROXY must be 1 or 0 (true/false, yes/no, on/off) (got "${env.TRUST_PROXY}").`);

  const url = set("DATABASE_URL");
  // Only the scheme is repeated back: the rest of a URL may hold a password.
  if (url !== undefined && !/^(postgres(ql)?:\/\/|sqlite:)/i.test(url))
    problems.push(`DATABASE_URL must start with postgres:// (or sqlite:) (got "${url.split(/[:/]/)[0]}:…").`);

  const webRootSetting = set("WEB_ROOT");
  const webRoot = webRootSetting ? resolve(webRootSetting) : null;
  if (webRoot && !existsSync(join(webRoot, "index.html")))
    problems.push(`WEB_ROOT has no index.html at ${webRoot}; build the web app first (npm run build).`);

  if (problems.length > 0) throw new ConfigError(problems);
  return {
    port,
    host: set("HOST") ?? "127.0.0.1",
    databaseUrl: url ?? `sqlite://${resolve(set("DATA_DIR") ?? "data", "enlist.sqlite")}`,
    trustProxy: proxy !== undefined && YES.has(proxy),
    proxyHops,
    toolsPerMinute,
    scryptCost,
    webRoot,
  };
}
