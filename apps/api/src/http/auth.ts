import { timingSafeEqual } from "node:crypto";
import { getCookie } from "hono/cookie";
import { createMiddleware } from "hono/factory";
import { Effect } from "effect";
import { Forbidden, Unauthorized, type ApiError } from "../errors";
import { fromSession, fromToken, type Principal } from "../services/accounts";
import type { AppEnv } from "./env";
import type { AppServices } from "../runtime";

export const SESSION_COOKIE = "enlist_session";
export const CSRF_HEADER = "x-csrf-token";
const SAFE = new Set(["GET", "HEAD", "OPTIONS"]);

/** Compares a sent token with the session's in constant time, so its prefix cannot be found by timing. */
export function sameSecret(sent: string | undefined, expected: string): boolean {
  if (sent === undefined) return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Requires a signed-in user: a personal access token (`Authorization: Bearer …`) or the session cookie. A
 * write made with the cookie must carry the session's CSRF token in `X-CSRF-Token`, which another site's
 * page cannot read.
 */
export const requireUser = createMiddleware<AppEnv>(async (c, next) => {
  const run = c.get("run");
  const bearer = /^Bearer\s+(\S+)$/i.exec(c.req.header("authorization") ?? "")?.[1];
  const cookie = getCookie(c, SESSION_COOKIE);
  const effect: Effect.Effect<Principal, ApiError, AppServices> = bearer
    ? fromToken(bearer)
    : cookie
      ? fromSession(cookie).pipe(
          Effect.flatMap((p) =>
            SAFE.has(c.req.method) || sameSecret(c.req.header(CSRF_HEADER), p.csrfToken)
              ? Effect.succeed(p)
              : Effect.fail(
                  new Forbidden({
                    detail: `Send the session's CSRF token in the ${CSRF_HEADER} header with every change.`,
                  }),
                ),
          ),
        )
      : Effect.fail(
          new Unauthorized({ detail: "Log in, or send a personal access token as Authorization: Bearer <token>." }),
        );
  let allowed = false;
  const denied = await run(c, effect, (principal) => {
    c.set("principal", principal);
    allowed = true;
    return null;
  });
  if (!allowed) return denied as unknown as Response;
  await next();
});
