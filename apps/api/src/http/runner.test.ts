import { Context, Effect } from "effect";
import { Hono } from "hono";
import { afterAll, describe, expect, it } from "vitest";
import { makeRuntime } from "../runtime";
import { AppClock } from "../services/clock";
import { makeRunner } from "./runner";

/** A service no layer of the runtime provides. */
class Mailer extends Context.Service<Mailer, { send(to: string): Effect.Effect<void> }>()("test/Mailer") {}

describe("the runner's services are typed", () => {
  const runtime = makeRuntime({ databaseUrl: "sqlite://:memory:", scryptCost: 1024 });
  afterAll(() => runtime.dispose());
  const run = makeRunner(runtime);

  const app = new Hono()
    .get("/clock", (c) =>
      run(
        c,
        Effect.map(Effect.service(AppClock), (clock) => clock.now().getFullYear()),
        (year) => c.json({ year }),
      ),
    )
    .get("/mail", (c) =>
      run(
        c,
        // A service the runtime lacks is a type error, checked by `npm run typecheck` (this file is in it):
        // were the runner's effect typed `any` again, this directive would itself be the error.
        // @ts-expect-error Mailer is not among AppServices
        Effect.flatMap(Effect.service(Mailer), (mailer) => mailer.send("ana@example.com")),
        () => c.json({ sent: true }),
      ),
    );

  it("runs an effect that needs only the runtime's services", async () => {
    const res = await app.request("/clock");
    expect(res.status).toBe(200);
    expect(((await res.json()) as { year: number }).year).toBeGreaterThan(2000);
  });

  it("would otherwise fail only when a request came: a 500, never the answer", async () => {
    const res = await app.request("/mail");
    expect(res.status).toBe(500);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
  });
});
