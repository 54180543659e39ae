import { matchCurrentEmployer, type Pivot } from "@enlist/core";
import { Effect } from "effect";
import type { Kysely } from "kysely";
import type { Database } from "../db/tables";
import { AppClock } from "./clock";
import { colleagueMarks, sameMarks } from "./colleague-marks";
import { CONTACT_COLUMNS, fromRow, toRow, type ContactRecord } from "./contacts";
import { query } from "./db";

const BATCH = 500;
/** Tries at one contact that another write keeps changing under the re-marking (PostgreSQL only). */
const TRIES = 5;

/**
 * Re-marks one contact for the new employer; false when it changed meanwhile (its version moved on), so
 * the caller reads it again rather than overwrite that change.
 */
async function remarkOne(
  tx: Kysely<Database>,
  userId: string,
  row: Parameters<typeof fromRow>[0],
  pivot: Pivot,
  now: string,
): Promise<boolean> {
  const stored = fromRow(row);
  const marks = colleagueMarks(stored, undefined, matchCurrentEmployer(pivot, stored));
  if (sameMarks(marks, stored)) return true;
  const {
    id,
    createdAt,
    updatedAt: _u,
    version,
    currentColleague: _c,
    colleagueSource: _s,
    colleagueReason: _r,
    ...fields
  } = stored;
  const next = toRow(userId, id, { ...fields, ...marks } as ContactRecord, version + 1, createdAt, now);
  const result = await tx
    .updateTable("contacts")
    .set({ data: next.data, version: next.version, updated_at: next.updated_at })
    .where("id", "=", id)
    .where("user_id", "=", userId)
    .where("version", "=", version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Every contact of the user marked anew for the pivot's employer, a batch at a time. */
async function remarkColleagues(tx: Kysely<Database>, userId: string, pivot: Pivot, now: string): Promise<void> {
  let after = "";
  for (;;) {
    const rows = await tx
      .selectFrom("contacts")
      .select(CONTACT_COLUMNS)
      .where("user_id", "=", userId)
      .where("id", ">", after)
      .orderBy("id")
      .limit(BATCH)
      .execute();
    const last = rows[rows.length - 1];
    if (!last) return;
    for (let row of rows) {
      for (let tries = 1; !(await remarkOne(tx, userId, row, pivot, now)); tries++) {
        const fresh = await tx
          .selectFrom("contacts")
          .select(CONTACT_COLUMNS)
          .where("id", "=", row.id)
          .where("user_id", "=", userId)
          .executeTakeFirst();
        // Deleted meanwhile, or changing faster than it can be re-marked: its own write marked it.
        if (!fresh || tries >= TRIES) break;
        row = fresh;
      }
    }
    after = last.id;
  }
}

/**
 * Saves the user's pivot. When its current employer changes, every contact the employer rule decides is
 * marked anew in the same transaction — colleagues at the new employer marked, those of the old one
 * unmarked —, and a choice the user made on a contact is never touched (colleagueMarks).
 */
export const savePivot = (userId: string, pivot: Pivot) =>
  Effect.gen(function* () {
    const now = (yield* AppClock).now().toISOString();
    yield* query(({ db }) =>
      db.transaction().execute(async (tx) => {
        const before = await tx.selectFrom("users").select("pivot").where("id", "=", userId).executeTakeFirst();
        await tx
          .updateTable("users")
          .set({ pivot: JSON.stringify(pivot) })
          .where("id", "=", userId)
          .execute();
        const employerBefore = before?.pivot ? (JSON.parse(before.pivot) as Pivot).currentEmployer : undefined;
        if ((employerBefore ?? "") !== (pivot.currentEmployer ?? "")) await remarkColleagues(tx, userId, pivot, now);
      }),
    );
    return pivot;
  });
