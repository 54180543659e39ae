import { Interaction } from "@enlist/core";
import { Effect } from "effect";
import { z } from "zod";
import { InvalidInput } from "../errors";
import { AppClock, isoDate } from "./clock";
import { getContact, moveStatus } from "./contacts";
import { query } from "./db";
import { newId } from "./ids";

export const InteractionInput = Interaction.omit({ contactId: true });
export type InteractionInput = z.infer<typeof InteractionInput>;
export type StoredInteraction = Interaction & { id: string; createdAt: string };

/** An interaction as stored, read back. */
export const fromRow = (r: {
  id: string;
  contact_id: string;
  type: string;
  date: string;
  note: string | null;
  created_at: string;
}): StoredInteraction => ({
  id: r.id,
  contactId: r.contact_id,
  type: r.type as Interaction["type"],
  date: r.date,
  ...(r.note !== null ? { note: r.note } : {}),
  createdAt: r.created_at,
});

/** The core Interaction of a stored one. */
export const toInteraction = ({ contactId, type, date, note }: StoredInteraction): Interaction => ({
  contactId,
  type,
  date,
  ...(note !== undefined ? { note } : {}),
});

/** This contact's history, for a caller that has already checked the contact is the user's. */
export const historyOf = (userId: string, contactId: string) =>
  query(({ db }) =>
    db
      .selectFrom("interactions")
      .selectAll()
      .where("user_id", "=", userId)
      .where("contact_id", "=", contactId)
      .orderBy("date")
      .orderBy("id")
      .execute(),
  ).pipe(Effect.map((rows) => rows.map(fromRow)));

export const logInteraction = (userId: string, contactId: string, input: InteractionInput) =>
  Effect.gen(function* () {
    yield* getContact(userId, contactId);
    const clock = (yield* AppClock).now();
    // Something that has not happened yet cannot be logged: a reply dated next week is a typo. A day's grace
    // for a user whose date is already tomorrow where they are.
    if (input.date > isoDate(new Date(clock.getTime() + 86_400_000))) {
      return yield* Effect.fail(
        new InvalidInput({
          detail: "This date is in the future; log what has happened, on the day it happened.",
          errors: [{ path: "json.date", message: "must not be in the future" }],
        }),
      );
    }
    const now = clock.toISOString();
    const row = {
      id: newId("int"),
      user_id: userId,
      contact_id: contactId,
      type: input.type,
      date: input.date,
      note: input.note ?? null,
      created_at: now,
    };
    // The contact's status follows what happened (sent → contacted, a reply → engaged…), in the same write.
    yield* query(({ db }) =>
      db.transaction().execute(async (tx) => {
        await tx.insertInto("interactions").values(row).execute();
        await moveStatus(tx, userId, contactId, { interaction: input.type }, now);
      }),
    );
    return fromRow(row);
  });

export const contactInteractions = (userId: string, contactId: string) =>
  Effect.gen(function* () {
    yield* getContact(userId, contactId);
    return yield* historyOf(userId, contactId);
  });

export const allInteractions = (userId: string) =>
  query(({ db }) =>
    db.selectFrom("interactions").selectAll().where("user_id", "=", userId).orderBy("date").orderBy("id").execute(),
  ).pipe(Effect.map((rows) => rows.map(fromRow)));
