import { Cause, Effect, Exit, type ManagedRuntime } from "effect";
import type { Context } from "hono";
import type { ApiError } from "../errors";
import type { AppServices } from "../runtime";
import { isUnavailable } from "../db/db-errors";
import { problem, problemFor, problemResponse } from "./problem";

/** The runtime every request runs on: it provides exactly the services in AppServices. */
export type AppRuntime = ManagedRuntime.ManagedRuntime<AppServices, never>;

/**
 * Runs a service effect for a request: success goes to `ok`, an expected failure becomes its problem, and
 * a defect is logged and answered with a bare 500 — never a stack trace.
 */
export function makeRunner(runtime: AppRuntime) {
  // Typed as returning what `ok` returns: problems are plain Responses the OpenAPI contract already lists.
  // An effect needing a service the runtime lacks does not type-check here, rather than failing at run time.
  return async <A, R>(
    c: Context,
    effect: Effect.Effect<A, ApiError, AppServices>,
    ok: (value: A) => R | Promise<R>,
  ): Promise<R> => {
    // Already an outcome (Effect.succeed, Effect.fail, a core result): no fiber needed to read it.
    const exit = Exit.isExit(effect) ? (effect as Exit.Exit<A, ApiError>) : await runtime.runPromiseExit(effect);
    if (Exit.isSuccess(exit)) return ok(exit.value);
    const failure = Cause.findErrorOption(exit.cause);
    if (failure._tag === "Some") {
      const { problem: p, headers } = problemFor(failure.value);
      return problemResponse(c, p, headers) as R;
    }
    console.error(`${c.req.method} ${new URL(c.req.url).pathname} failed:`, Cause.pretty(exit.cause));
    // A database out of reach is no fault of the request and may pass: 503, to be tried again.
    const defect = Cause.findDefect(exit.cause);
    if (defect._tag === "Success" && isUnavailable(defect.success)) {
      return problemResponse(
        c,
        problem(
          503,
          "unavailable",
          "Service unavailable",
          "The database cannot be reached just now; try again shortly.",
        ),
        { "retry-after": "5" },
      ) as R;
    }
    return problemResponse(
      c,
      problem(500, "internal", "Internal error", "Something went wrong on our side; nothing you sent caused it."),
    ) as R;
  };
}

export type Runner = ReturnType<typeof makeRunner>;
export { Effect };
