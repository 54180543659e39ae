import { resolve } from "node:path";

export interface Config {
  port: number;
  /** `postgres://…` for PostgreSQL; otherwise the SQLite file under DATA_DIR. */
  databaseUrl: string;
  /** Trust X-Forwarded-For and X-Forwarded-Proto from a reverse proxy. */
  trustProxy: boolean;
  /** Requests a minute each address may make to the account-free tools. */
  toolsPerMinute: number;
  /** scrypt's cost parameter N. */
  scryptCost: number;
  /** The built web app to serve at `/`, when there is one. */
  webRoot: string | null;
}

/** Configuration from the environment, with the defaults `npm start` uses on a laptop. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Config {
  const dataDir = resolve(env.DATA_DIR ?? "data");
  return {
    port: Number(env.PORT ?? 3000),
    databaseUrl: env.DATABASE_URL ?? `sqlite://${resolve(dataDir, "enlist.sqlite")}`,
    trustProxy: env.TRUST_PROXY === "1" || env.TRUST_PROXY === "true",
    toolsPerMinute: Number(env.TOOLS_RATE_PER_MINUTE ?? 300),
    scryptCost: Number(env.SCRYPT_COST ?? 2 ** 15),
    webRoot: env.WEB_ROOT ? resolve(env.WEB_ROOT) : null,
  };
}
