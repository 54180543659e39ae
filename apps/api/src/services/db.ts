import { Context, Effect, Layer } from "effect";
import { connect, migrate, type Connection } from "../db/connect";

/** The database: one Kysely instance over SQLite or PostgreSQL, migrated when the layer is built. */
export class Db extends Context.Service<Db, Connection>()("enlist/Db") {}

export const dbLayer = (url: string) =>
  Layer.effect(
    Db,
    Effect.acquireRelease(
      Effect.promise(async () => {
        const connection = connect(url);
        await migrate(connection.db);
        return connection;
      }),
      (connection) => Effect.promise(() => connection.db.destroy()),
    ),
  );

/** A query as an Effect; database failures are defects (a 500), never a client's fault. */
export const query = <A>(run: (c: Connection) => Promise<A>) =>
  Effect.gen(function* () {
    const connection = yield* Db;
    // Answering "saved" for a write into a deleted file would lose it: refuse, as for a database gone (503).
    const lost = connection.lost();
    if (lost) return yield* Effect.die(Object.assign(new Error(lost), { code: "SQLITE_CANTOPEN" }));
    return yield* Effect.promise(() => run(connection));
  });
