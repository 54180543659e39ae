import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { deleteCookie } from "hono/cookie";
import * as accounts from "../services/accounts";
import type { MiddlewareHandler, TypedResponse } from "hono";
import { backupStream } from "../services/export-stream";
import { requireUser, SESSION_COOKIE } from "../http/auth";
import type { AppEnv } from "../http/env";
import { EnlistBackup, IdParam, json, problems, SECURITY } from "../http/schemas";

const Me = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    createdAt: z.string(),
    csrfToken: z.string().optional(),
  })
  .openapi("Me");
const TokenInfo = z
  .object({ id: z.string(), name: z.string(), createdAt: z.string(), lastUsedAt: z.string().nullable() })
  .openapi("Token");
const NewToken = z
  .object({
    id: z.string(),
    name: z.string(),
    createdAt: z.string(),
    token: z.string().openapi({ description: "Shown once; only its hash is stored." }),
  })
  .openapi("NewToken");
const secured = { security: SECURITY, middleware: requireUser };

const getMe = createRoute({
  method: "get",
  path: "/v1/me",
  operationId: "getMe",
  tags: ["accounts"],
  summary: "The signed-in user (and the session's CSRF token)",
  ...secured,
  responses: { 200: { description: "You", content: json(Me) }, ...problems(400, 401, 503) },
});
const deleteMe = createRoute({
  method: "delete",
  path: "/v1/me",
  operationId: "deleteAccount",
  tags: ["accounts"],
  summary: "Delete the account and everything in it",
  ...secured,
  responses: { 204: { description: "Deleted" }, ...problems(400, 401, 403, 413, 503) },
});
const exportMe = createRoute({
  method: "get",
  path: "/v1/me/export",
  operationId: "exportAccount",
  tags: ["accounts"],
  summary: "All your data as a JSON backup",
  ...secured,
  responses: {
    200: { description: "The backup (@enlist/io's format), as a download", content: json(EnlistBackup) },
    ...problems(400, 401, 429, 503),
  },
});
const createToken = createRoute({
  method: "post",
  path: "/v1/tokens",
  operationId: "createToken",
  tags: ["tokens"],
  summary: "Create a personal access token",
  ...secured,
  request: { body: { content: json(z.object({ name: z.string().trim().min(1).max(100) })), required: true } },
  responses: {
    201: { description: "The token, shown this once", content: json(NewToken) },
    ...problems(400, 401, 403, 413, 503),
  },
});
const listTokens = createRoute({
  method: "get",
  path: "/v1/tokens",
  operationId: "listTokens",
  tags: ["tokens"],
  summary: "Your access tokens (never their values)",
  ...secured,
  responses: {
    200: { description: "Tokens", content: json(z.object({ items: z.array(TokenInfo) })) },
    ...problems(400, 401, 503),
  },
});
const revokeToken = createRoute({
  method: "delete",
  path: "/v1/tokens/{id}",
  operationId: "revokeToken",
  tags: ["tokens"],
  summary: "Revoke an access token",
  ...secured,
  request: { params: IdParam },
  responses: { 204: { description: "Revoked" }, ...problems(400, 401, 403, 404, 413, 503) },
});

/** `heavy` bounds how many exports of one account run at once (heavyWork). */
export const meRoutes = (heavy: MiddlewareHandler<AppEnv>) =>
  new OpenAPIHono<AppEnv>()
    .openapi(getMe, (c) => {
      const p = c.get("principal");
      return c.get("run")(c, accounts.me(p.userId), (me) =>
        c.json({ ...me, ...(p.csrfToken ? { csrfToken: p.csrfToken } : {}) }, 200),
      );
    })
    .openapi(deleteMe, (c) =>
      c.get("run")(c, accounts.deleteAccount(c.get("principal").userId), () => {
        deleteCookie(c, SESSION_COOKIE, { path: "/" });
        return c.body(null, 204);
      }),
    )
    .openapi({ ...exportMe, middleware: [requireUser, heavy] }, (c) =>
      c.get("run")(
        c,
        backupStream(c.get("principal").userId),
        // Streamed, yet JSON all the same: the typed client reads it as the backup object it always was.
        (body) =>
          c.body(c.get("heavySlot").until(body), 200, {
            "content-type": "application/json",
            "content-disposition": 'attachment; filename="enlist-backup.json"',
          }) as unknown as TypedResponse<z.infer<typeof EnlistBackup>, 200, "json">,
      ),
    )
    .openapi(createToken, (c) =>
      c.get("run")(c, accounts.createToken(c.get("principal").userId, c.req.valid("json").name), (t) => c.json(t, 201)),
    )
    .openapi(listTokens, (c) =>
      c.get("run")(c, accounts.listTokens(c.get("principal").userId), (items) => c.json({ items }, 200)),
    )
    .openapi(revokeToken, (c) =>
      c.get("run")(c, accounts.revokeToken(c.get("principal").userId, c.req.valid("param").id), () =>
        c.body(null, 204),
      ),
    );
