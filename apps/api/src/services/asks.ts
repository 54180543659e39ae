import { Ask, AskStatus, checkAsk, withTrust, type AskVerdict, type Pivot } from "@enlist/core";
import { Effect } from "effect";
import { NotFound } from "../errors";
import { AppClock, isoDate } from "./clock";
import { getContact, moveStatus, toContact } from "./contacts";
import { query } from "./db";
import { fromCore } from "./from-core";
import { newId } from "./ids";
import { historyOf, toInteraction } from "./interactions";
import { getPivot } from "./pivot";

export { AskStatus };
export type StoredAsk = {
  id: string;
  contactId: string;
  ask: Ask;
  verdict: AskVerdict;
  status: AskStatus;
  createdAt: string;
};

const fromRow = (r: {
  id: string;
  contact_id: string;
  ask: string;
  verdict: string;
  status: string;
  created_at: string;
}): StoredAsk => ({
  id: r.id,
  contactId: r.contact_id,
  ask: JSON.parse(r.ask) as Ask,
  verdict: JSON.parse(r.verdict) as AskVerdict,
  status: r.status as StoredAsk["status"],
  createdAt: r.created_at,
});

/** Records an ask with the verdict checkAsk gives it now, against this contact's history and open asks. */
export const recordAsk = (userId: string, contactId: string, ask: Ask) =>
  Effect.gen(function* () {
    const contact = yield* getContact(userId, contactId);
    const interactions = yield* historyOf(userId, contactId);
    const pivot: Pivot | undefined = yield* getPivot(userId).pipe(
      Effect.catchTag("NotFound", () => Effect.succeed(undefined)),
    );
    const open = yield* query(({ db }) =>
      db
        .selectFrom("asks")
        .select(["contact_id", "ask", "created_at"])
        .where("user_id", "=", userId)
        .where("contact_id", "=", contactId)
        .where("status", "=", "open")
        .execute(),
    );
    const now = (yield* AppClock).now();
    const verdict = yield* fromCore(
      checkAsk(ask, withTrust(toContact(contact)), {
        today: isoDate(now),
        ...(pivot ? { pivot } : {}),
        interactions: interactions.map(toInteraction),
        openAsks: open.map((o) => ({
          contactId: o.contact_id,
          kind: (JSON.parse(o.ask) as Ask).kind,
          since: o.created_at.slice(0, 10),
        })),
      }),
    );
    const row = {
      id: newId("ask"),
      user_id: userId,
      contact_id: contactId,
      ask: JSON.stringify(ask),
      verdict: JSON.stringify(verdict),
      level: verdict.level,
      status: "open",
      created_at: now.toISOString(),
    };
    yield* query(({ db }) => db.insertInto("asks").values(row).execute());
    return fromRow(row);
  });

export const contactAsks = (userId: string, contactId: string) =>
  Effect.gen(function* () {
    yield* getContact(userId, contactId);
    const rows = yield* query(({ db }) =>
      db
        .selectFrom("asks")
        .selectAll()
        .where("user_id", "=", userId)
        .where("contact_id", "=", contactId)
        .orderBy("id")
        .execute(),
    );
    return rows.map(fromRow);
  });

export const setAskStatus = (userId: string, contactId: string, askId: string, status: StoredAsk["status"]) =>
  Effect.gen(function* () {
    const now = (yield* AppClock).now().toISOString();
    // A granted ask makes the contact helped, a declined one engaged: the status moves in the same write.
    const updated = yield* query(({ db }) =>
      db.transaction().execute(async (tx) => {
        const result = await tx
          .updateTable("asks")
          .set({ status })
          .where("id", "=", askId)
          .where("contact_id", "=", contactId)
          .where("user_id", "=", userId)
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) === 0) return false;
        await moveStatus(tx, userId, contactId, { ask: status }, now);
        return true;
      }),
    );
    if (!updated) return yield* Effect.fail(new NotFound({ what: "ask" }));
    const row = yield* query(({ db }) =>
      db.selectFrom("asks").selectAll().where("id", "=", askId).executeTakeFirstOrThrow(),
    );
    return fromRow(row);
  });

export const allAsks = (userId: string) =>
  query(({ db }) => db.selectFrom("asks").selectAll().where("user_id", "=", userId).orderBy("id").execute()).pipe(
    Effect.map((rows) => rows.map(fromRow)),
  );
