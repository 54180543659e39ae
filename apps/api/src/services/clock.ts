import { Context, Layer } from "effect";

/** The time, as a service: handlers and tests never read the system clock directly. */
export class AppClock extends Context.Service<AppClock, { now(): Date }>()("enlist/AppClock") {}

export const systemClock = Layer.succeed(AppClock, { now: () => new Date() });
export const fixedClock = (iso: string) => Layer.succeed(AppClock, { now: () => new Date(iso) });

export const isoDate = (d: Date) => d.toISOString().slice(0, 10);
