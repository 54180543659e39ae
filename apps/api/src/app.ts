import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { Cause, Effect, Exit } from "effect";
import { bodyLimit } from "hono/body-limit";
import { refuseNul } from "./http/refuse-nul";
import { clientAddress } from "./http/client-address";
import { createMiddleware } from "hono/factory";
import { HTTPException } from "hono/http-exception";
import { ping } from "./db/migrations";
import { Db } from "./services/db";
import type { AppEnv } from "./http/env";
import { problem, problemResponse } from "./http/problem";
import { json, PUBLIC } from "./http/schemas";
import { makeRunner, type AppRuntime } from "./http/runner";
import { authRoutes } from "./routes/auth";
import { contactRoutes } from "./routes/contacts";
import { meRoutes } from "./routes/me";
import { pivotRoutes } from "./routes/pivot";
import { planRoutes } from "./routes/plan";
import { lintFirst } from "./routes/lint-first";
import { MAX_LINT_TEXT, toolLimit, toolRoutes } from "./routes/tools";
import { localLimiter } from "./services/rate-limit";
import { transferRoutes } from "./routes/transfer";
import { webApp } from "./http/web-app";
import { apiDocs } from "./http/api-docs";
import { heavyWork } from "./http/heavy-work";
import { nosniff } from "./http/nosniff";
import { issueMessage } from "./http/issue-message";

export const BODY_LIMIT = 1024 * 1024;
export const IMPORT_LIMIT = 20 * 1024 * 1024;

export interface AppOptions {
  trustProxy?: boolean;
  /** Sign-ups allowed from one address each quarter hour (default 10); tests that sign up many users raise it. */
  signupsPerAddress?: number;
  /** How many trusted proxies append to X-Forwarded-For (TRUST_PROXY_HOPS); the client is left of them. */
  proxyHops?: number;
  toolsPerMinute?: number;
  /** Exports, plans and imports one account may run at once in this process (default 2). */
  heavyPerUser?: number;
  /** The built web app's folder, served at `/`; without it `/` leads to the API reference. */
  webRoot?: string | null;
  /** The socket's address for a request (from @hono/node-server); tests leave it out. */
  remoteAddress?: (c: import("hono").Context) => string | undefined;
}

/**
 * 413 for bodies over `limit`. A declared Content-Length is checked at once; only a body of unknown length
 * (chunked) is counted as it streams in, which costs a stream copy per request.
 */
const tooLarge = (limit: number) => {
  const refuse = (c: import("hono").Context) =>
    problemResponse(c, problem(413, "too-large", "Body too large", `Send at most ${limit / 1024 / 1024} MB.`));
  const streaming = bodyLimit({ maxSize: limit, onError: refuse });
  return createMiddleware(async (c, next) => {
    // GET and HEAD carry no body; looking for one would make the Node adapter build a full Request.
    if (c.req.method === "GET" || c.req.method === "HEAD") return next();
    const declared = c.req.header("content-length");
    if (declared === undefined) return streaming(c, next);
    if (Number(declared) > limit) return refuse(c);
    await next();
  });
};

/** The reason a database was lost, when that is why the health check failed. */
function lostReason(exit: Exit.Exit<unknown, unknown>): string | null {
  if (Exit.isSuccess(exit)) return null;
  const defect = Cause.findDefect(exit.cause);
  const message = defect._tag === "Success" && defect.success instanceof Error ? defect.success.message : "";
  return /^the database file/.test(message)
    ? `${message.charAt(0).toUpperCase()}${message.slice(1)}; restart it once the file is back.`
    : null;
}

const health = createRoute({
  method: "get",
  path: "/healthz",
  operationId: "getHealth",
  security: PUBLIC,
  tags: ["health"],
  summary: "Whether the server can reach its database (for load balancers and uptime checks)",
  responses: {
    200: {
      description: "Up, with the database engine it uses",
      content: json(z.object({ status: z.literal("ok"), database: z.enum(["sqlite", "postgres"]) }).openapi("Health")),
    },
    503: {
      description: "The database cannot be reached (or its file is gone)",
      content: json(z.object({ status: z.literal("unavailable"), detail: z.string() }).openapi("Unhealthy")),
    },
  },
});

export function createApp(runtime: AppRuntime, options: AppOptions = {}) {
  const run = makeRunner(runtime);
  const heavy = heavyWork(options.heavyPerUser ?? 2);
  const app = new OpenAPIHono<AppEnv>({
    // Validation failures are problems too, with the path of every field at fault.
    defaultHook: (result, c) => {
      if (result.success) return;
      const errors = result.error.issues.map((i) => ({
        path: [result.target, ...i.path].join("."),
        message: issueMessage(i),
      }));
      return problemResponse(
        c,
        problem(400, "invalid-request", "Invalid request", `${errors[0]?.path}: ${errors[0]?.message}`, { errors }),
      );
    },
  });

  const addressOf = (c: import("hono").Context) => {
    const socket = options.remoteAddress?.(c);
    return (
      (options.trustProxy ? clientAddress(c.req.header("x-forwarded-for"), options.proxyHops ?? 1, socket) : socket) ||
      "local"
    );
  };
  const hit = localLimiter(options.toolsPerMinute ?? 300);
  // Before any middleware: plain lint requests are answered here, the rest go on down (routes/lint-first.ts).
  app.post("/v1/messages/lint", lintFirst({ bodyLimit: BODY_LIMIT, hit, address: addressOf, maxText: MAX_LINT_TEXT }));

  app.use("*", async (c, next) => {
    c.set("run", run);
    c.set("address", addressOf(c));
    await next();
  });
  app.use("*", nosniff);
  app.use("/v1/contacts/import", tooLarge(IMPORT_LIMIT));
  const bodyLimited = tooLarge(BODY_LIMIT);
  app.use("/v1/*", async (c, next) => (c.req.path === "/v1/contacts/import" ? next() : bodyLimited(c, next)));
  app.use("/v1/*", refuseNul);
  const limit = toolLimit(hit);
  app.use("/v1/asks/check", limit);
  app.use("/v1/messages/*", limit);

  app.openAPIRegistry.registerComponent("securitySchemes", "bearer", {
    type: "http",
    scheme: "bearer",
    description: "A personal access token from POST /v1/tokens.",
  });
  app.openAPIRegistry.registerComponent("securitySchemes", "cookie", {
    type: "apiKey",
    in: "cookie",
    name: "enlist_session",
    description: "The session cookie set at log-in; writes also need X-CSRF-Token.",
  });
  app.openAPIRegistry.registerComponent("securitySchemes", "feed", {
    type: "apiKey",
    in: "query",
    name: "token",
    description: "The calendar feed's token from POST /v1/follow-ups/feed, in the link a calendar app subscribes to.",
  });

  const routes = app
    .openapi(health, (c) =>
      run(
        c,
        // A database that cannot be reached — never opened, or gone since — is the answer here, not a failure.
        Effect.exit(
          Effect.gen(function* () {
            const { db, engine, lost } = yield* Db;
            const gone = lost();
            if (gone) return yield* Effect.die(new Error(gone));
            yield* Effect.promise(() => ping(db));
            return engine;
          }),
        ),
        (exit) =>
          Exit.isSuccess(exit)
            ? c.json({ status: "ok" as const, database: exit.value }, 200)
            : c.json(
                { status: "unavailable" as const, detail: lostReason(exit) ?? "The database cannot be reached." },
                503,
              ),
      ),
    )
    .route("/", authRoutes(options.trustProxy ?? false, options.signupsPerAddress))
    .route("/", meRoutes(heavy))
    .route("/", pivotRoutes())
    .route("/", transferRoutes(heavy))
    .route("/", contactRoutes())
    .route("/", planRoutes(heavy))
    .route("/", toolRoutes());

  app.doc31("/openapi.json", {
    openapi: "3.1.0",
    info: {
      title: "Enlist API",
      version: "0.1.0",
      description:
        "Enlist the people who can help with a career pivot, and ask each for the right thing. Errors are RFC 9457 problem+json.",
      license: { name: "MIT", url: "https://opensource.org/license/mit" },
    },
    // Each deployment serves its own document: the paths are relative to wherever it was fetched from.
    servers: [{ url: "/", description: "The server this document is served by" }],
  });
  app.route("/", apiDocs());

  if (options.webRoot) app.use("*", webApp(options.webRoot));
  else app.get("/", (c) => c.redirect("/docs"));

  app.notFound((c) =>
    problemResponse(c, problem(404, "not-found", "Not found", `There is nothing at ${c.req.method} ${c.req.path}.`)),
  );
  app.onError((err, c) => {
    if (err instanceof HTTPException) {
      const status = err.status;
      const detail = status === 400 ? "The body is not valid JSON (or not the declared content type)." : err.message;
      return problemResponse(
        c,
        problem(
          status,
          status === 400 ? "malformed" : "http",
          status === 400 ? "Malformed request" : "Request failed",
          detail,
        ),
      );
    }
    console.error(`${c.req.method} ${c.req.path} failed:`, err);
    return problemResponse(
      c,
      problem(500, "internal", "Internal error", "Something went wrong on our side; nothing you sent caused it."),
    );
  });
  return routes;
}

export type AppType = ReturnType<typeof createApp>;
