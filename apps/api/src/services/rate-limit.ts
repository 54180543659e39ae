import { Effect } from "effect";
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
    const windowStart = new Date(Math.floor(now.getTime() / (windowSeconds * 1000)) * windowSeconds * 1000).toISOString();
    const count = yield* query(({ db }) =>
      db.transaction().execute(async (tx) => {
        const row = await tx.selectFrom("rate_limits").selectAll().where("key", "=", key).executeTakeFirst();
        const next = row && row.window_start === windowStart ? row.count + 1 : 1;
        if (row) await tx.updateTable("rate_limits").set({ count: next, window_start: windowStart }).where("key", "=", key).execute();
        else await tx.insertInto("rate_limits").values({ key, count: next, window_start: windowStart }).execute();
        return next;
      }),
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
export function localLimiter(perMinute: number) {
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
