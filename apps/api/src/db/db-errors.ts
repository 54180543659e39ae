/**
 * What a database failure means for the client, read from the drivers' own codes: better-sqlite3's
 * SQLITE_CONSTRAINT_UNIQUE, PostgreSQL's SQLSTATE 23505, and the ways a server can be out of reach.
 */
const codeOf = (error: unknown): string | undefined => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
};

export function isUniqueViolation(error: unknown): boolean {
  const code = codeOf(error);
  return code === "23505" || code === "SQLITE_CONSTRAINT_UNIQUE" || code === "SQLITE_CONSTRAINT_PRIMARYKEY";
}

/** Connection refused or lost, the server shutting down or starting, too many connections, a read-only or full disk. */
const UNAVAILABLE = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ENOTFOUND",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "57P01",
  "57P02",
  "57P03",
  "53300",
  "08000",
  "08001",
  "08003",
  "08006",
  "SQLITE_BUSY",
  "SQLITE_FULL",
  "SQLITE_READONLY",
  "SQLITE_IOERR",
  "SQLITE_CANTOPEN",
]);

export function isUnavailable(error: unknown): boolean {
  const code = codeOf(error);
  if (code && (UNAVAILABLE.has(code) || code.startsWith("SQLITE_IOERR"))) return true;
  return error instanceof Error && /Connection terminated|connection timeout|database is locked/i.test(error.message);
}
