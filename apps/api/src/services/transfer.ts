import { parseGoogleContactsCsv, parseLinkedInConnections, parseVCards, toICalendar, type ImportedContact, type ImportFormat, type ImportResult } from "@enlist/io";
import { Effect } from "effect";
import { InvalidFile } from "../errors";
import { AppClock, isoDate } from "./clock";
import type { ContactRow } from "../db/tables";
import { colleagueMarks } from "./colleague-marks";
import { allContacts, ContactInput, toRow, type ContactRecord } from "./contacts";
import { query } from "./db";
import { fromCore } from "./from-core";
import { newId } from "./ids";
import { getPivot } from "./pivot";
import { checkIns, followUps } from "./planning";

/**
 * An imported row as a contact the API will accept later too: fields the Contact schema refuses (an
 * address zod does not take as an e-mail, an over-long title) are dropped with a warning, not stored. A
 * current colleague (the import read the pivot's employer in their company) is stored as marked by that rule.
 */
function toContactRecord(c: ImportedContact, warnings: { row: number; message: string }[]): ContactRecord | null {
  // A contact needs a circle: one that fits none yet is kept with Backers, for the user to sort (the import
  // preview says so and leaves them out unless the user keeps them).
  const candidate: Record<string, unknown> = { name: c.name.slice(0, 200), circle: c.circle ?? "backers", tie: c.tie, status: "new" };
  const optional: [string, unknown][] = [
    ["email", c.email],
    ["linkedInUrl", c.linkedInUrl],
    ["company", c.company],
    ["role", c.role],
    ["transition", c.transition],
    ["researchNotes", c.note],
    ["connectedOn", c.connectedOn],
  ];
  for (const [key, value] of optional) {
    if (value === undefined) continue;
    const field = ContactInput.shape[key as keyof typeof ContactInput.shape];
    if (field.safeParse(value).success) candidate[key] = value;
    else warnings.push({ row: c.row, message: `${key} "${String(typeof value === "object" ? JSON.stringify(value) : value).slice(0, 80)}" cannot be stored; left out` });
  }
  const parsed = ContactInput.safeParse(candidate);
  if (!parsed.success) return null;
  // The mark was read from the company: it goes if the company could not be stored.
  const colleague = c.currentColleague === true && parsed.data.company !== undefined;
  return { ...parsed.data, ...colleagueMarks(undefined, undefined, { colleague, reason: c.colleagueReason ?? "" }) };
}


/**
 * Imports a file: parses it, reports row by row, and — unless this is a dry run — stores every contact in
 * one transaction: all of them or, if anything fails, none.
 */
export const importContacts = (userId: string, kind: ImportFormat, body: Uint8Array, { dryRun, leaveOut = new Set() }: { dryRun: boolean; leaveOut?: ReadonlySet<number> }) =>
  Effect.gen(function* () {
    const pivot = yield* getPivot(userId).pipe(Effect.catchTag("NotFound", () => Effect.succeed(undefined)));
    const existing = (yield* allContacts(userId)).map((c) => ({ id: c.id, name: c.name, ...(c.email ? { email: c.email } : {}), ...(c.linkedInUrl ? { linkedInUrl: c.linkedInUrl } : {}) }));
    const options = { existing, ...(pivot ? { pivot } : {}) };
    const parsed = kind === "vcard" ? parseVCards(body, options) : kind === "google-csv" ? parseGoogleContactsCsv(body, options) : parseLinkedInConnections(body, options);
    if (!parsed.ok) return yield* Effect.fail(new InvalidFile({ detail: parsed.error.message }));
    const result: ImportResult = parsed.value;
    if (leaveOut.size > 0) {
      const kept = result.contacts.filter((c) => !leaveOut.has(c.row));
      for (const c of result.contacts) if (leaveOut.has(c.row)) result.report.skipped.push({ row: c.row, reason: "left out by you" });
      result.contacts = kept;
      result.report.imported = result.contacts.length;
      result.report.unsorted = kept.filter((c) => c.circle === null).length;
    }
    if (dryRun) return { contacts: result.contacts, report: result.report, stored: 0 };
    const now = (yield* AppClock).now().toISOString();
    let stored = 0;
    yield* query(({ db }) =>
      db.transaction().execute(async (tx) => {
        // Rows are made a batch at a time, just before their insert, so that a large import never holds
        // every stored row at once; batches also keep each statement under both engines' parameter limits.
        for (let i = 0; i < result.contacts.length; i += 500) {
          const rows: ContactRow[] = [];
          for (const c of result.contacts.slice(i, i + 500)) {
            const input = toContactRecord(c, result.report.warnings);
            if (input) rows.push(toRow(userId, newId("con"), input, 1, now, now));
            else result.report.skipped.push({ row: c.row, reason: "the row does not make a valid contact" });
          }
          if (rows.length > 0) await tx.insertInto("contacts").values(rows).execute();
          stored += rows.length;
        }
      }),
    );
    // The stored contacts are not echoed back: on a 30,000-row import that would be megabytes of JSON.
    return { contacts: [], report: result.report, stored };
  });

/** The follow-ups due and the backers' check-ins, as an iCalendar feed (VTODO), with a UID stable per contact and message. */
export const followUpCalendar = (userId: string) =>
  Effect.gen(function* () {
    const now = (yield* AppClock).now();
    const due = yield* followUps(userId, isoDate(now));
    const items = due
      .filter((d) => d.dueOn !== null)
      .map((d) => ({ id: `${d.contactId}-${d.sentOn ?? "x"}-${d.state}`, title: d.title, due: d.dueOn as string, description: d.explanation }));
    // Backers' check-ins too, weeks ahead: the UID holds the last interaction, so logging one replaces the item.
    for (const c of yield* checkIns(userId, isoDate(now))) items.push({ id: `${c.contactId}-check-in-${c.lastOn}`, title: c.title, due: c.dueOn, description: c.explanation });
    return yield* fromCore(toICalendar(items, { generatedAt: now.toISOString() }));
  });
