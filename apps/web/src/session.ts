import { createSignal } from "solid-js";
import type { Pivot } from "@enlist/core/schemas";
import { api, setCsrfToken } from "./api/client";
import { call, type Outcome } from "./api/call";
import type { User } from "./api/types";

export type { User } from "./api/types";

// undefined: not known yet; null: nobody is signed in.
const [user, setUser] = createSignal<User | null | undefined>(undefined);
const [pivot, setPivot] = createSignal<Pivot | null | undefined>(undefined);
export { user, pivot, setPivot };

/** Asks the API who is signed in (the cookie says), and for the session's CSRF token. */
export async function loadSession(): Promise<Outcome<unknown>> {
  const me = await call(() => api.v1.me.$get(), { quietOn401: true });
  if (!me.ok) {
    if (me.problem.status === 401) setUser(null);
    return me;
  }
  setCsrfToken(me.value.csrfToken);
  setUser({ id: me.value.id, email: me.value.email, name: me.value.name, createdAt: me.value.createdAt });
  const p = await call(() => api.v1.pivot.$get());
  if (p.ok) setPivot(p.value);
  else if (p.problem.status === 404) setPivot(null);
  else return p;
  return { ok: true, value: undefined, response: me.response };
}

/** A new session; a new account is known to have no pivot yet, which saves asking. */
export function startSession(session: { user: User; csrfToken: string }, options: { newAccount?: boolean } = {}) {
  setCsrfToken(session.csrfToken);
  setUser(session.user);
  setPivot(options.newAccount ? null : undefined);
}

export function endSession() {
  setCsrfToken(undefined);
  setUser(null);
  setPivot(undefined);
}
