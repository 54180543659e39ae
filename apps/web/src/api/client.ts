import { createClient } from "@enlist/client";

let csrfToken_ = "";

/** The session's CSRF token (from log-in or GET /v1/me): sent with every change made with the cookie. */
export const csrfToken = () => csrfToken_;

export const setCsrfToken = (token: string | undefined) => {
  csrfToken_ = token ?? "";
};

let transport: typeof fetch = (input, init) => fetch(input, init);

/** Where requests go: the network; component tests hand them to the API app itself, in-process. */
export const setTransport = (next: typeof fetch) => {
  transport = next;
};

/** The typed client for the API this page was served by; the session cookie goes along by itself. */
export const api = createClient(typeof location === "undefined" ? "http://localhost" : location.origin, {
  headers: (): Record<string, string> => (csrfToken_ ? { "X-CSRF-Token": csrfToken_ } : {}),
  init: { credentials: "same-origin" },
  fetch: ((input: RequestInfo | URL, init?: RequestInit) => transport(input, init)) as typeof fetch,
});

export type Api = typeof api;
