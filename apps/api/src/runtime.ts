import { Layer, ManagedRuntime } from "effect";
import { AppClock, systemClock } from "./services/clock";
import { Db, dbLayer } from "./services/db";
import { Passwords, scryptPasswords } from "./services/passwords";

export type AppServices = Db | AppClock | Passwords;

/** The services every request runs with: the database (SQLite or PostgreSQL), the clock, password hashing. */
export function makeRuntime(options: { databaseUrl: string; scryptCost?: number; clock?: Layer.Layer<AppClock> }) {
  return ManagedRuntime.make(
    Layer.mergeAll(dbLayer(options.databaseUrl), options.clock ?? systemClock, scryptPasswords(options.scryptCost)),
  );
}

