import { createMiddleware } from "hono/factory";
import type { AppEnv } from "./env";
import { problem, problemResponse } from "./problem";

/** How long a refused client is told to wait: about what one export of a large list takes. */
export const HEAVY_RETRY_SECONDS = 5;

/**
 * A slot of heavy work held by one request. A streamed answer takes it over with `until`, so the slot is
 * given back when the last byte has gone (or the client went away), not when the handler returns.
 */
export interface HeavySlot {
  until(body: ReadableStream<Uint8Array>): ReadableStream<Uint8Array>;
}

/**
 * At most `perUser` heavy requests (exports, the plan, imports and their dry runs) of one account at once,
 * counted in this process. Each of them reads every contact of the account, so without a bound one account
 * asking for many at once fills the event loop and the database queue, and everyone else waits behind it.
 * Beyond the bound: 429 with Retry-After, before any of the work starts.
 */
export function heavyWork(perUser: number) {
  const running = new Map<string, number>();
  return createMiddleware<AppEnv>(async (c, next) => {
    const user = c.get("principal").userId;
    const held = running.get(user) ?? 0;
    if (held >= perUser) {
      return problemResponse(
        c,
        problem(
          429,
          "rate-limited",
          "Too many requests",
          `At most ${perUser} exports, plans or imports of one account run at once; try again in ${HEAVY_RETRY_SECONDS} seconds.`,
        ),
        { "retry-after": String(HEAVY_RETRY_SECONDS) },
      );
    }
    running.set(user, held + 1);
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      const left = (running.get(user) ?? 1) - 1;
      if (left > 0) running.set(user, left);
      else running.delete(user);
    };
    let handedOver = false;
    c.set("heavySlot", {
      until(body) {
        handedOver = true;
        return releasedAtEnd(body, release);
      },
    });
    try {
      await next();
    } finally {
      if (!handedOver) release();
    }
  });
}

/** The same bytes, calling `release` once when they run out, fail, or the reader cancels. */
function releasedAtEnd(body: ReadableStream<Uint8Array>, release: () => void): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          const { done, value } = await reader.read();
          if (done) {
            release();
            controller.close();
          } else controller.enqueue(value);
        } catch (error) {
          release();
          controller.error(error);
        }
      },
      cancel(reason) {
        release();
        return reader.cancel(reason);
      },
    },
    { highWaterMark: 0 },
  );
}
