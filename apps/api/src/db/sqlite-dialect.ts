import type SQLite from "better-sqlite3";
import {
  CompiledQuery,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryResult,
} from "kysely";

/** Prepared statements kept per SQL text; the API issues a few dozen shapes of query. */
const STATEMENT_CACHE = 256;

/**
 * One better-sqlite3 connection, lent to one query or transaction at a time in the order they asked.
 * Kysely's own SQLite driver wakes every waiter when the connection frees up and lets them race, which under
 * load starved some requests for hundreds of milliseconds (p99 of the contact list: 360–560 ms at 50
 * connections); a queue keeps waits fair. It also keeps prepared statements, which Kysely prepares anew
 * for every query.
 */
class QueuedSqliteDriver implements Driver {
  readonly #waiting: (() => void)[] = [];
  #busy = false;
  readonly #statements = new Map<string, SQLite.Statement>();
  readonly #connection: DatabaseConnection;

  constructor(private readonly sqlite: SQLite.Database) {
    const prepare = (sql: string) => {
      let statement = this.#statements.get(sql);
      if (!statement) {
        statement = sqlite.prepare(sql);
        if (this.#statements.size >= STATEMENT_CACHE)
          this.#statements.delete(this.#statements.keys().next().value as string);
        this.#statements.set(sql, statement);
      }
      return statement;
    };
    this.#connection = {
      executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
        const statement = prepare(query.sql);
        if (statement.reader) return Promise.resolve({ rows: statement.all(query.parameters as unknown[]) as R[] });
        const { changes, lastInsertRowid } = statement.run(query.parameters as unknown[]);
        return Promise.resolve({ numAffectedRows: BigInt(changes), insertId: BigInt(lastInsertRowid), rows: [] });
      },
      // eslint-disable-next-line require-yield
      async *streamQuery(): AsyncIterableIterator<QueryResult<never>> {
        throw new Error("streaming is not used with SQLite here");
      },
    };
  }

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    if (this.#busy) await new Promise<void>((resolve) => this.#waiting.push(resolve));
    this.#busy = true;
    return this.#connection;
  }

  async releaseConnection(): Promise<void> {
    const next = this.#waiting.shift();
    // Hand the connection straight to the next in line: it stays busy, so nobody can jump the queue.
    if (next) next();
    else this.#busy = false;
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("begin"));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("commit"));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("rollback"));
  }

  async destroy(): Promise<void> {
    this.sqlite.close();
  }
}

export class QueuedSqliteDialect implements Dialect {
  constructor(private readonly sqlite: SQLite.Database) {}
  createAdapter = () => new SqliteAdapter();
  createDriver = (): Driver => new QueuedSqliteDriver(this.sqlite);
  createQueryCompiler = () => new SqliteQueryCompiler();
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Kysely's Dialect interface takes any database
  createIntrospector = (db: Kysely<any>) => new SqliteIntrospector(db);
}
