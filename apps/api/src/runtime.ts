import { Layer, ManagedRuntime } from "effect";
import { systemClock, type AppClock } from "./services/clock";
import { dbLayer, type Db } from "./services/db";
import { scryptPasswords, type Passwords } from "./services/passwords";

/** Every service a request may use. A handler's effect needing anything else is a type error. */
export type AppServices = Db | AppClock | Passwords;

/** The services every request runs with: the database (SQLite or PostgreSQL), the clock, password hashing. */
export function makeRuntime(options: {
  databaseUrl: string;
  scryptCost?: number;
  clock?: Layer.Layer<AppClock>;
}): ManagedRuntime.ManagedRuntime<AppServices, never> {
  return ManagedRuntime.make(
    Layer.mergeAll(dbLayer(options.databaseUrl), options.clock ?? systemClock, scryptPasswords(options.scryptCost)),
  );
}
