// /healthz says whether the database can be reached, instead of failing with it.
import { Layer, ManagedRuntime } from "effect";
import { afterAll, describe, expect, it } from "vitest";
import { createApp } from "./app";
import { connect } from "./db/connect";
import { systemClock } from "./services/clock";
import { Db } from "./services/db";
import { scryptPasswords } from "./services/passwords";

describe("the health check once the database has gone away", () => {
  // The server started with its pool; now nothing answers on its address, as after a crash or a failover
  // still in progress. (Port 1: nothing listens there.)
  const connection = connect("postgres://enlist:enlist@127.0.0.1:1/enlist");
  const runtime = ManagedRuntime.make(
    Layer.mergeAll(Layer.succeed(Db, connection), systemClock, scryptPasswords(1024)),
  );
  const app = createApp(runtime);
  afterAll(async () => {
    await runtime.dispose();
    await connection.db.destroy();
  });

  it("answers 503 and says the database cannot be reached", async () => {
    const res = await app.request("/healthz");
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ status: "unavailable", detail: "The database cannot be reached." });
  });
});
