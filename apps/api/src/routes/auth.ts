import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import * as accounts from "../services/accounts";
import { SESSION_COOKIE } from "../http/auth";
import type { AppEnv } from "../http/env";
import { Credentials, json, problems, PUBLIC } from "../http/schemas";

const SessionBody = z
  .object({
    user: z.object({ id: z.string(), email: z.string(), name: z.string(), createdAt: z.string() }),
    csrfToken: z
      .string()
      .openapi({ description: "Send it as X-CSRF-Token with every change made with the session cookie." }),
    expiresAt: z.string(),
  })
  .openapi("Session");

const SignupBody = Credentials.extend({ name: z.string().trim().min(1).max(100) });

const signup = createRoute({
  method: "post",
  path: "/v1/auth/signup",
  operationId: "signUp",
  security: PUBLIC,
  tags: ["accounts"],
  summary: "Create an account and log in",
  request: { body: { content: json(SignupBody), required: true } },
  responses: {
    201: { description: "Signed up; the session cookie is set", content: json(SessionBody) },
    ...problems(400, 409, 413, 429, 503),
  },
});

const login = createRoute({
  method: "post",
  path: "/v1/auth/login",
  operationId: "logIn",
  security: PUBLIC,
  tags: ["accounts"],
  summary: "Log in with e-mail and password",
  request: { body: { content: json(Credentials), required: true } },
  responses: {
    200: { description: "Logged in; the session cookie is set", content: json(SessionBody) },
    ...problems(400, 401, 413, 429, 503),
  },
});

const logout = createRoute({
  method: "post",
  path: "/v1/auth/logout",
  operationId: "logOut",
  security: PUBLIC,
  tags: ["accounts"],
  summary: "End the session (if any: without one there is nothing to end, and the answer is the same)",
  responses: { 204: { description: "Logged out" }, ...problems(400, 413, 503) },
});

/** Secure cookies when served over TLS, or behind a proxy that says it terminated TLS. */
const secure = (url: string, forwardedProto: string | undefined, trustProxy: boolean) =>
  url.startsWith("https:") || (trustProxy && forwardedProto === "https");

export const authRoutes = (trustProxy: boolean, signupsPerAddress?: number) =>
  new OpenAPIHono<AppEnv>()
    .openapi(signup, (c) =>
      c.get("run")(c, accounts.signup(c.req.valid("json"), c.get("address"), signupsPerAddress), (s) => {
        setCookie(c, SESSION_COOKIE, s.token, {
          httpOnly: true,
          sameSite: "Lax",
          path: "/",
          secure: secure(c.req.url, c.req.header("x-forwarded-proto"), trustProxy),
          expires: new Date(s.expiresAt),
        });
        return c.json({ user: s.user, csrfToken: s.csrfToken, expiresAt: s.expiresAt }, 201);
      }),
    )
    .openapi(login, (c) =>
      c.get("run")(c, accounts.login(c.req.valid("json"), c.get("address")), (s) => {
        setCookie(c, SESSION_COOKIE, s.token, {
          httpOnly: true,
          sameSite: "Lax",
          path: "/",
          secure: secure(c.req.url, c.req.header("x-forwarded-proto"), trustProxy),
          expires: new Date(s.expiresAt),
        });
        return c.json({ user: s.user, csrfToken: s.csrfToken, expiresAt: s.expiresAt }, 200);
      }),
    )
    .openapi(logout, (c) => {
      const token = getCookie(c, SESSION_COOKIE);
      deleteCookie(c, SESSION_COOKIE, { path: "/" });
      if (!token) return c.body(null, 204);
      return c.get("run")(c, accounts.logout(token), () => c.body(null, 204));
    });
