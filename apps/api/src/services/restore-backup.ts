import { matchCurrentEmployer, type Pivot } from "@enlist/core";
import { parseJsonBackup, type Backup, type ImportReport } from "@enlist/io";
import { Effect } from "effect";
import type { Kysely } from "kysely";
import type { Database } from "../db/tables";
import { Conflict, InvalidFile } from "../errors";
import { AppClock } from "./clock";
import { colleagueMarks } from "./colleague-marks";
import { pivotOrNone, toRow, type ContactRecord } from "./contacts";
import { query } from "./db";
import { newIds } from "./ids";

const BATCH = 500;

/** A backup goes into an empty account only: merged into contacts already there, it would mix two histories. */
const notEmpty = (count: number) =>
  new Conflict({
    detail: `This account already has ${count} contact${count === 1 ? "" : "s"}, and a backup is restored into an empty account only, so that no one's history is mixed with another's. Sign up for a new account and restore it there, or delete the account's contacts first.`,
  });

class NotEmpty extends Error {
  constructor(readonly count: number) {
    super("not empty");
  }
}

/** What a backup's contacts point at must be in it: each interaction's and ask's contact. */
function checkReferences(backup: Backup): string | null {
  const ids = new Set<string>();
  for (const [i, c] of backup.contacts.entries()) {
    if (ids.has(c.id)) return `contacts[${i}] has the id "${c.id}" of an earlier contact`;
    ids.add(c.id);
  }
  for (const [list, items] of [
    ["interactions", backup.interactions],
    ["asks", backup.asks],
  ] as const) {
    for (const [i, item] of items.entries())
      if (!ids.has(item.contactId))
        return `${list}[${i}] is for the contact "${item.contactId}", who is not in the backup`;
  }
  return null;
}

/**
 * The colleague mark a restored contact is stored with. A backup's `false` can only be the user's word (the
 * rule never stores one), so it stays theirs; `true` is the rule's mark when the restored pivot's employer
 * agrees, else the user's; left out, the rule decides.
 */
function restoredMarks(contact: Backup["contacts"][number], pivot: Pivot | undefined) {
  if (contact.currentColleague === false) return { currentColleague: false, colleagueSource: "you" as const };
  return colleagueMarks(undefined, contact.currentColleague, matchCurrentEmployer(pivot ?? {}, contact));
}

async function writeBackup(
  tx: Kysely<Database>,
  userId: string,
  backup: Backup,
  pivot: Pivot | undefined,
  now: string,
): Promise<void> {
  // Checked again inside the transaction: an import running meanwhile must not end up mixed in.
  const { count } = await tx
    .selectFrom("contacts")
    .select((eb) => eb.fn.countAll<string | number>().as("count"))
    .where("user_id", "=", userId)
    .executeTakeFirstOrThrow();
  if (Number(count) > 0) throw new NotEmpty(Number(count));
  if (backup.pivot)
    await tx
      .updateTable("users")
      .set({ pivot: JSON.stringify(backup.pivot) })
      .where("id", "=", userId)
      .execute();
  const contactIds = newIds("con", backup.contacts.length);
  const idOf = new Map(backup.contacts.map((c, i) => [c.id, contactIds[i] as string]));
  for (let i = 0; i < backup.contacts.length; i += BATCH) {
    const rows = backup.contacts.slice(i, i + BATCH).map((c, j) => {
      const { id: _id, currentColleague: _c, ...fields } = c;
      const record: ContactRecord = { ...fields, status: c.status ?? "new", ...restoredMarks(c, pivot) };
      return toRow(userId, contactIds[i + j] as string, record, 1, now, now);
    });
    await tx.insertInto("contacts").values(rows).execute();
  }
  const interactionIds = newIds("int", backup.interactions.length);
  for (let i = 0; i < backup.interactions.length; i += BATCH) {
    const rows = backup.interactions.slice(i, i + BATCH).map((x, j) => ({
      id: interactionIds[i + j] as string,
      user_id: userId,
      contact_id: idOf.get(x.contactId) as string,
      type: x.type,
      date: x.date,
      note: x.note ?? null,
      created_at: now,
    }));
    await tx.insertInto("interactions").values(rows).execute();
  }
  const askIds = newIds("ask", backup.asks.length);
  for (let i = 0; i < backup.asks.length; i += BATCH) {
    // The verdict is the one the ask was made with, as the contact page shows it: not judged again today.
    const rows = backup.asks.slice(i, i + BATCH).map((a, j) => ({
      id: askIds[i + j] as string,
      user_id: userId,
      contact_id: idOf.get(a.contactId) as string,
      ask: JSON.stringify(a.ask),
      verdict: JSON.stringify(a.verdict),
      level: a.verdict.level,
      status: a.status,
      created_at: a.createdAt,
    }));
    await tx.insertInto("asks").values(rows).execute();
  }
}

/** The answer to a backup given to the import: what it holds, and on a real import how much was stored. */
const answer = (backup: Backup, dryRun: boolean) => {
  const n = backup.contacts.length;
  const report: Omit<ImportReport, "format"> & { format: "enlist-backup" } = {
    format: "enlist-backup",
    encoding: "utf-8",
    rows: n,
    imported: n,
    updates: [],
    unchanged: 0,
    unsorted: 0,
    skipped: [],
    warnings: [],
    duplicates: [],
  };
  const contacts = dryRun
    ? backup.contacts.map((c, i) => ({
        ...c,
        row: i + 1,
        circleReason: "as in the backup",
        emails: c.email ? [c.email] : [],
        phones: [] as string[],
      }))
    : [];
  return {
    contacts,
    report,
    stored: dryRun ? 0 : n,
    updated: 0,
    restored: {
      contacts: n,
      interactions: backup.interactions.length,
      asks: backup.asks.length,
      pivot: backup.pivot,
      ...(backup.exportedAt ? { exportedAt: backup.exportedAt } : {}),
    },
  };
};

/**
 * Restores Enlist's JSON backup into the user's account — the pivot, contacts, interactions and asks, with
 * new ids — in one transaction: all of it or nothing. Only into an account with no contacts (409 otherwise);
 * the backup's pivot replaces the one set at sign-up. The dry run checks all of that and stores nothing.
 */
export const restoreBackup = (userId: string, body: Uint8Array, { dryRun }: { dryRun: boolean }) =>
  Effect.gen(function* () {
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(body);
    } catch {
      return yield* Effect.fail(
        new InvalidFile({ detail: "This file is not UTF-8 text, so it is not an Enlist backup." }),
      );
    }
    const parsed = parseJsonBackup(text);
    if (!parsed.ok)
      return yield* Effect.fail(new InvalidFile({ detail: `This file cannot be restored: ${parsed.error.message}.` }));
    const backup = parsed.value;
    const broken = checkReferences(backup);
    if (broken) return yield* Effect.fail(new InvalidFile({ detail: `This backup is damaged: ${broken}.` }));
    const { count } = yield* query(({ db }) =>
      db
        .selectFrom("contacts")
        .select((eb) => eb.fn.countAll<string | number>().as("count"))
        .where("user_id", "=", userId)
        .executeTakeFirstOrThrow(),
    );
    if (Number(count) > 0) return yield* Effect.fail(notEmpty(Number(count)));
    if (dryRun) return answer(backup, true);
    const pivot = backup.pivot ?? (yield* pivotOrNone(userId));
    const now = (yield* AppClock).now().toISOString();
    const outcome = yield* query(({ db }) =>
      db
        .transaction()
        .execute((tx) => writeBackup(tx, userId, backup, pivot, now))
        .then(
          () => 0,
          (error: unknown) => {
            if (error instanceof NotEmpty) return error.count;
            throw error;
          },
        ),
    );
    if (outcome > 0) return yield* Effect.fail(notEmpty(outcome));
    return answer(backup, false);
  });
