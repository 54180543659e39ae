import type { ClientResponse } from "hono/client";
import type { SuccessStatusCode } from "hono/utils/http-status";
import { NETWORK_PROBLEM, readProblem, type Problem } from "./problem";

export type Outcome<T> = { ok: true; value: T; response: Response } | { ok: false; problem: Problem };

/** The body of the successful answers of a typed-client call. */
export type SuccessBody<R> =
  R extends ClientResponse<infer T, infer S, infer _F> ? (S extends SuccessStatusCode ? T : never) : never;

/** Listeners told when the session has ended (a 401), so that the app can ask to log in again. */
const signedOut = new Set<() => void>();
export const onSignedOut = (listener: () => void) => {
  signedOut.add(listener);
  return () => signedOut.delete(listener);
};

/**
 * Sends a typed-client request and turns every way it can end into a value: the body, a problem from the
 * API, or a network problem. Nothing is thrown, so a screen always has something to show.
 */
export async function call<R extends ClientResponse<unknown, number, string>>(
  send: () => Promise<R>,
  options: { quietOn401?: boolean } = {},
): Promise<Outcome<SuccessBody<R>>> {
  let res: Response;
  try {
    res = (await send()) as unknown as Response;
  } catch {
    return { ok: false, problem: NETWORK_PROBLEM };
  }
  if (!res.ok) {
    if (res.status === 401 && !options.quietOn401) for (const l of signedOut) l();
    return { ok: false, problem: await readProblem(res) };
  }
  if (res.status === 204) return { ok: true, value: undefined as SuccessBody<R>, response: res };
  try {
    const type = res.headers.get("content-type") ?? "";
    const value = (type.includes("json") ? await res.json() : await res.text()) as SuccessBody<R>;
    return { ok: true, value, response: res };
  } catch {
    return { ok: false, problem: NETWORK_PROBLEM };
  }
}
