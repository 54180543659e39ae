import { Effect } from "effect";
import { sql } from "kysely";
import { RateLimited } from "../errors";
import { AppClock } from "./clock";
import { query } from "./db";

/**
 * A fixed-window counter kept in the database, so that every API process behind a load balancer counts the
 * same attempts (used for log-ins, where that matters).
 */
export const hitShared = (key: string, limit: number, windowSeconds: number) =>
  Effect.gen(function* () {
    const now = (yield* AppClock).now();
    const windowStart = new Date(
      Math.floor(now.getTime() / (windowSeconds * 1000)) * windowSeconds * 1000,
    ).toISOString();
    // One statement, so parallel attempts (in one process or several) can neither both read the old count
    // nor both insert the first row: the database counts, and says what it counted.
    const { count } = yield* query(({ db }) =>
      db
        .insertInto("rate_limits")
        .values({ key, count: 1, window_start: windowStart })
        .onConflict((oc) =>
          oc.column("key").doUpdateSet({
            count: sql<number>`case when rate_limits.window_start = excluded.window_start then rate_limits.count + 1 else 1 end`,
            window_start: sql<string>`excluded.window_start`,
          }),
        )
        .returning("count")
        .executeTakeFirstOrThrow(),
    );
    if (count > limit) {
      const retry = Math.ceil((new Date(windowStart).getTime() + windowSeconds * 1000 - now.getTime()) / 1000);
      return yield* Effect.fail(new RateLimited({ retryAfterSeconds: Math.max(1, retry) }));
    }
  });

/**
 * A per-process token bucket for the stateless tools: cheap enough to sit in front of every lint request.
 * Several processes each allow the limit, which is the usual trade for a limit on free, read-only work.
 */
/** A budget per key: the seconds to wait when it is spent, else null (and one is used). */
export type Limiter = (key: string, nowMs: number) => number | null;

export function localLimiter(perMinute: number): Limiter {
  const buckets = new Map<string, { tokens: number; at: number }>();
  return (key: string, nowMs: number): number | null => {
    const bucket = buckets.get(key) ?? { tokens: perMinute, at: nowMs };
    bucket.tokens = Math.min(perMinute, bucket.tokens + ((nowMs - bucket.at) / 60_000) * perMinute);
    bucket.at = nowMs;
    if (buckets.size > 100_000) buckets.clear();
    buckets.set(key, bucket);
    if (bucket.tokens < 1) return Math.ceil(((1 - bucket.tokens) / perMinute) * 60);
    bucket.tokens -= 1;
    return null;
  };
}
