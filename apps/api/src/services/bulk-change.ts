import { CircleId } from "@enlist/core";
import { Effect } from "effect";
import { z } from "zod";
import { Conflict, NotFound } from "../errors";
import { AppClock } from "./clock";
import { CONTACT_COLUMNS, fromRow, toRow, type StoredContact } from "./contacts";
import { query } from "./db";

/** The most contacts one bulk change takes: a board's selection, well under both engines' parameter limits. */
export const BULK_MAX = 500;

export const BulkChange = z.object({
  ids: z
    .array(z.string().min(1).max(100))
    .min(1, "must name at least one contact")
    .max(BULK_MAX, `must name at most ${BULK_MAX} contacts`)
    .refine((ids) => new Set(ids).size === ids.length, "must not name a contact twice"),
  // Strict: a field this endpoint does not change is refused rather than quietly ignored.
  patch: z
    .object({ circle: CircleId.optional(), archived: z.boolean().optional() })
    .strict()
    .refine((p) => p.circle !== undefined || p.archived !== undefined, "must change the circle, archived, or both"),
});
export type BulkChange = z.infer<typeof BulkChange>;

/** Thrown inside the transaction to undo it: another write changed one of the contacts meanwhile. */
class ChangedMeanwhile extends Error {}

type Outcome = { kind: "done"; items: StoredContact[] } | { kind: "missing"; ids: string[] } | { kind: "changed" };

/**
 * Moves contacts to a circle and/or archives or restores them, all of them or none: ids that are not the
 * user's (or do not exist) fail the whole request with a 404 naming them, as the single-contact routes
 * answer for someone else's contact. Each contact changed gets a new version, so an edit made with an
 * older ETag is refused (412); one already as asked is left as it is.
 */
export const bulkChange = (userId: string, { ids, patch }: BulkChange) =>
  Effect.gen(function* () {
    const now = (yield* AppClock).now().toISOString();
    const outcome = yield* query(async ({ db }): Promise<Outcome> => {
      try {
        return await db.transaction().execute(async (tx): Promise<Outcome> => {
          const rows = await tx
            .selectFrom("contacts")
            .select(CONTACT_COLUMNS)
            .where("user_id", "=", userId)
            .where("id", "in", ids)
            .execute();
          if (rows.length !== ids.length) {
            const found = new Set(rows.map((r) => r.id));
            return { kind: "missing", ids: ids.filter((id) => !found.has(id)) };
          }
          const byId = new Map(rows.map((r) => [r.id, fromRow(r)]));
          const items: StoredContact[] = [];
          for (const id of ids) {
            const current = byId.get(id) as StoredContact;
            const circle = patch.circle ?? current.circle;
            const archived = patch.archived ?? current.archived === true;
            if (circle === current.circle && archived === (current.archived === true)) {
              items.push(current);
              continue;
            }
            const { id: _id, createdAt, updatedAt: _u, version, archived: _a, ...record } = current;
            // Restored, the field goes, so a restored contact reads as one never archived.
            const row = toRow(
              userId,
              id,
              { ...record, circle, ...(archived ? { archived: true } : {}) },
              version + 1,
              createdAt,
              now,
            );
            const result = await tx
              .updateTable("contacts")
              .set(row)
              .where("id", "=", id)
              .where("user_id", "=", userId)
              .where("version", "=", version)
              .executeTakeFirst();
            if (Number(result.numUpdatedRows) === 0) throw new ChangedMeanwhile();
            items.push(fromRow(row));
          }
          return { kind: "done", items };
        });
      } catch (e) {
        if (e instanceof ChangedMeanwhile) return { kind: "changed" };
        throw e;
      }
    });
    if (outcome.kind === "missing")
      return yield* Effect.fail(new NotFound({ what: `contact: ${outcome.ids.join(", ")}` }));
    if (outcome.kind === "changed")
      return yield* Effect.fail(
        new Conflict({
          detail: "One of these contacts was changed at the same moment; nothing was changed. Reload and try again.",
        }),
      );
    return outcome.items;
  });
