import { Layer, ManagedRuntime } from "effect";
import { systemClock, type AppClock } from "./services/clock";
import { dbLayer } from "./services/db";
import { scryptPasswords } from "./services/passwords";

/** The services every request runs with: the database (SQLite or PostgreSQL), the clock, password hashing. */
export function makeRuntime(options: { databaseUrl: string; scryptCost?: number; clock?: Layer.Layer<AppClock> }) {
  return ManagedRuntime.make(
    Layer.mergeAll(dbLayer(options.databaseUrl), options.clock ?? systemClock, scryptPasswords(options.scryptCost)),
  );
}

