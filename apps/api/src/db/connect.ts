import { mkdirSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, Migrator, PostgresDialect } from "kysely";
import pg from "pg";
import { migrationProvider } from "./migrations";
import { QueuedSqliteDialect } from "./sqlite-dialect";
import type { Database } from "./tables";

export type Engine = "sqlite" | "postgres";

export interface Connection {
  db: Kysely<Database>;
  engine: Engine;
  /** Why the database can no longer be trusted with writes (its SQLite file deleted or replaced), or null. */
  lost(): string | null;
}

/**
 * Opens the database: PostgreSQL when the URL says so, else a SQLite file (WAL, foreign keys on) created
 * with its folder on first use. Same queries, same migrations either way.
 */
export function connect(url: string): Connection {
  if (/^postgres(ql)?:\/\//.test(url)) {
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    // An idle connection the server ends (a restart, a failover, pg_terminate_backend) is an 'error' on the
    // pool; with no listener Node ends the whole process. The pool drops that client and opens a new one on
    // the next query, so saying so is all there is to do.
    pool.on("error", (error) => {
      console.error(`Enlist: the database closed an idle connection (${error.message}); it will reconnect.`);
    });
    return {
      db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }),
      engine: "postgres",
      lost: () => null,
    };
  }
  const file = url.replace(/^sqlite:(\/\/)?/, "");
  if (file !== ":memory:") mkdirSync(dirname(resolve(file)), { recursive: true });
  const sqlite = new SQLite(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  return {
    db: new Kysely<Database>({ dialect: new QueuedSqliteDialect(sqlite) }),
    engine: "sqlite",
    lost: file === ":memory:" ? () => null : fileWatch(file),
  };
}

/**
 * A SQLite handle keeps writing to its file after the file is deleted — into nothing: the writes answer
 * "saved" and are gone at the next start. The file the handle opened is known by its inode; another inode
 * (or none) at the path means the data is no longer where the next start will look.
 */
function fileWatch(file: string): () => string | null {
  const opened = statSync(file).ino;
  return () => {
    try {
      return statSync(file).ino === opened ? null : `the database file ${file} was replaced while the server ran`;
    } catch {
      return `the database file ${file} was deleted while the server ran`;
    }
  };
}

/** Brings the schema up to date; safe to run at every start and from several processes. */
export async function migrate(db: Kysely<Database>): Promise<void> {
  const { error, results } = await new Migrator({ db, provider: migrationProvider }).migrateToLatest();
  const failed = results?.find((r) => r.status === "Error");
  if (failed) throw new Error(`migration ${failed.migrationName} failed: ${String(error)}`);
  // No migration ran at all: usually the database itself cannot be reached, which its own error says best.
  if (error) throw error instanceof Error ? error : new Error(String(error));
}
