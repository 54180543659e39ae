import type { FileFormat } from "@enlist/io";
import { Effect } from "effect";
import type { Kysely } from "kysely";
import type { Database } from "../db/tables";
import { Conflict } from "../errors";
import { AppClock } from "./clock";
import { toRow } from "./contacts";
import { query } from "./db";
import { newIds } from "./ids";
import { planImport, type ImportPlan } from "./import-plan";
import { restoreBackup } from "./restore-backup";

/** Rows per insert: keeps each statement under both engines' parameter limits. */
const BATCH = 500;

/** A stored contact changed between the plan and its write: the import is undone rather than overwrite it. */
class ChangedMeanwhile extends Error {}

async function writePlan(tx: Kysely<Database>, userId: string, plan: ImportPlan, now: string): Promise<void> {
  const ids = newIds("con", plan.creates.length);
  // Rows are made a batch at a time, just before their insert, so that a large import never holds every
  // stored row at once.
  for (let i = 0; i < plan.creates.length; i += BATCH) {
    const rows = plan.creates
      .slice(i, i + BATCH)
      .map((record, j) => toRow(userId, ids[i + j] as string, record, 1, now, now));
    await tx.insertInto("contacts").values(rows).execute();
  }
  for (const u of plan.updates) {
    const row = toRow(userId, u.id, u.record, u.version + 1, u.createdAt, now);
    const result = await tx
      .updateTable("contacts")
      .set(row)
      .where("id", "=", u.id)
      .where("user_id", "=", userId)
      .where("version", "=", u.version)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) throw new ChangedMeanwhile();
  }
}

/**
 * Imports a file: Enlist's backup is restored (restoreBackup); contacts are planned (planImport) and —
 * unless this is a dry run — the plan is written in one transaction: the new contacts and the updates,
 * all of them or, if anything fails, none. The dry run and the import answer with the same report.
 */
export const importFile = (
  userId: string,
  kind: FileFormat,
  body: Uint8Array,
  { dryRun, leaveOut, merge }: { dryRun: boolean; leaveOut?: ReadonlySet<number>; merge?: ReadonlySet<number> },
) =>
  Effect.gen(function* () {
    if (kind === "enlist-backup") return yield* restoreBackup(userId, body, { dryRun });
    const plan = yield* planImport(userId, kind, body, {
      ...(leaveOut ? { leaveOut } : {}),
      ...(merge ? { merge } : {}),
    });
    if (dryRun) return { contacts: plan.contacts, report: plan.report, stored: 0, updated: 0 };
    const now = (yield* AppClock).now().toISOString();
    const outcome = yield* query(({ db }) =>
      db
        .transaction()
        .execute((tx) => writePlan(tx, userId, plan, now))
        .then(
          () => "written" as const,
          (error: unknown) => {
            if (error instanceof ChangedMeanwhile) return "changed" as const;
            throw error;
          },
        ),
    );
    if (outcome === "changed")
      return yield* Effect.fail(
        new Conflict({
          detail:
            "A contact in this file was changed while it was imported, so nothing was imported. Import the file again.",
        }),
      );
    // The stored contacts are not echoed back: on a 30,000-row import that would be megabytes of JSON.
    return { contacts: [], report: plan.report, stored: plan.creates.length, updated: plan.updates.length };
  });
