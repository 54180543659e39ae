import { Pivot } from "@enlist/core";
import { Effect } from "effect";
import { NotFound } from "../errors";
import { query } from "./db";

export const getPivot = (userId: string) =>
  Effect.gen(function* () {
    const row = yield* query(({ db }) =>
      db.selectFrom("users").select("pivot").where("id", "=", userId).executeTakeFirst(),
    );
    if (!row?.pivot) return yield* Effect.fail(new NotFound({ what: "pivot (set it with PUT /v1/pivot)" }));
    return Pivot.parse(JSON.parse(row.pivot));
  });
