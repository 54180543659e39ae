import { Contact, matchCurrentEmployer, statusAfter, type Pivot, type StatusEvent } from "@enlist/core";
import { Effect } from "effect";
import { sql, type SelectQueryBuilder, type Transaction } from "kysely";
import { z } from "zod";
import { contactDocument } from "../db/contact-document";
import { contactSearchText, searchKey } from "../db/search-key";
import type { ContactRow as FullRow, ContactsTable, Database } from "../db/tables";
import { InvalidInput, NotFound, PreconditionFailed } from "../errors";
import { issueMessage } from "../http/issue-message";
import { AppClock } from "./clock";
import { colleagueMarks, type ColleagueMarks } from "./colleague-marks";
import { query } from "./db";
import { newId } from "./ids";
import { getPivot } from "./pivot";

/** A contact as the API shows it: the core Contact, who marked them a colleague, its stored version and times. */
export type StoredContact = Contact & ColleagueMarks & { createdAt: string; updatedAt: string; version: number };

export const ContactInput = Contact.omit({ id: true });
export type ContactInput = z.infer<typeof ContactInput>;
/** What a contact's row is made of: its fields and its colleague marks. */
export type ContactRecord = Omit<ContactInput, "currentColleague"> & ColleagueMarks;
/**
 * A merge patch (RFC 7396): fields left out stay as they are; an optional field sent as null is removed.
 * Name, circle and tie cannot be removed.
 */
const REQUIRED = new Set(["name", "circle", "tie"]);
export const ContactPatch = z.object(
  Object.fromEntries(
    Object.entries(ContactInput.shape).map(([k, s]) => [k, REQUIRED.has(k) ? s.optional() : s.nullable().optional()]),
  ) as {
    [K in keyof typeof ContactInput.shape]: K extends "name" | "circle" | "tie"
      ? z.ZodOptional<(typeof ContactInput.shape)[K]>
      : z.ZodOptional<z.ZodNullable<(typeof ContactInput.shape)[K]>>;
  },
);
export type ContactPatch = z.infer<typeof ContactPatch>;

/** The user's pivot, or undefined before they have set one. */
export const pivotOrNone = (userId: string) =>
  getPivot(userId).pipe(Effect.catchTag("NotFound", () => Effect.succeed(undefined)));

/**
 * A contact's fields with the colleague marks a write gives them: from the pivot's current employer and
 * their company (matchCurrentEmployer), unless the user chose otherwise (colleagueMarks).
 */
export function withMarks(
  fields: ContactInput,
  previous: ColleagueMarks | undefined,
  sent: boolean | null | undefined,
  pivot: Pivot | undefined,
): ContactRecord {
  const { currentColleague: _sent, ...rest } = fields;
  return { ...rest, ...colleagueMarks(previous, sent, matchCurrentEmployer(pivot ?? {}, rest)) };
}

export function toRow(
  userId: string,
  id: string,
  c: ContactRecord,
  version: number,
  createdAt: string,
  updatedAt: string,
): FullRow {
  const { name, circle, tie, status = "new", ...rest } = c;
  // `data` holds the whole contact as the API shows it (contactDocument's shape), so that a list is answered
  // with the stored texts.
  const fields = JSON.stringify(rest);
  const data = `${fields.length > 2 ? `${fields.slice(0, -1)},` : "{"}"id":${JSON.stringify(id)},"name":${JSON.stringify(name)},"circle":"${circle}","tie":"${tie}","status":"${status}","createdAt":"${createdAt}","updatedAt":"${updatedAt}","version":${version}}`;
  return {
    id,
    user_id: userId,
    name,
    circle,
    tie,
    status,
    search: contactSearchText(c),
    company_key: c.company ? searchKey(c.company) : "",
    role_key: c.role ? searchKey(c.role) : "",
    connected_on: c.connectedOn ?? null,
    archived: c.archived ? 1 : 0,
    data,
    version,
    created_at: createdAt,
    updated_at: updatedAt,
  };
}

/** The columns a contact is read back from (not the search text or the owner). */
export const CONTACT_COLUMNS = [
  "id",
  "name",
  "circle",
  "tie",
  "status",
  "data",
  "version",
  "created_at",
  "updated_at",
] as const;
type ContactRow = Pick<ContactsTable, (typeof CONTACT_COLUMNS)[number]>;

export const fromRow = (row: ContactRow): StoredContact => contactDocument(row) as StoredContact;

/** The core Contact of a stored one, for @enlist/core's functions. */
export const toContact = ({ createdAt: _c, updatedAt: _u, version: _v, ...contact }: StoredContact): Contact => contact;

export const etagOf = (c: { id: string; version: number }) => `"${c.id}.${c.version}"`;

export const createContact = (userId: string, input: ContactInput) =>
  Effect.gen(function* () {
    const now = (yield* AppClock).now().toISOString();
    const pivot = yield* pivotOrNone(userId);
    const row = toRow(userId, newId("con"), withMarks(input, undefined, input.currentColleague, pivot), 1, now, now);
    yield* query(({ db }) => db.insertInto("contacts").values(row).execute());
    return fromRow(row);
  });

export const getContact = (userId: string, id: string) =>
  Effect.gen(function* () {
    const row = yield* query(({ db }) =>
      db.selectFrom("contacts").selectAll().where("id", "=", id).where("user_id", "=", userId).executeTakeFirst(),
    );
    // Someone else's contact is answered exactly like one that does not exist.
    if (!row) return yield* Effect.fail(new NotFound({ what: "contact" }));
    return fromRow(row);
  });

/** Applies a patch only if the contact is still at the version the client saw (If-Match). */
export const updateContact = (userId: string, id: string, patch: ContactPatch, ifMatch: string | undefined) =>
  Effect.gen(function* () {
    const current = yield* getContact(userId, id);
    if (
      ifMatch !== undefined &&
      ifMatch !== "*" &&
      !ifMatch
        .split(",")
        .map((s) => s.trim().replace(/^W\//, ""))
        .includes(etagOf(current))
    ) {
      return yield* Effect.fail(
        new PreconditionFailed({
          detail: "This contact was changed since you loaded it; reload, then apply your change again.",
          current,
        }),
      );
    }
    const { id: _id, createdAt, updatedAt: _u, version, colleagueSource, colleagueReason, ...fields } = current;
    const merged = Object.fromEntries(
      Object.entries({ ...fields, ...patch }).filter(([, v]) => v !== null && v !== undefined),
    );
    const parsed = ContactInput.safeParse(merged);
    if (!parsed.success) {
      return yield* Effect.fail(
        new InvalidInput({
          detail: "The change leaves the contact invalid.",
          errors: parsed.error.issues.map((i) => ({ path: i.path.join("."), message: issueMessage(i) })),
        }),
      );
    }
    const now = (yield* AppClock).now().toISOString();
    const pivot = yield* pivotOrNone(userId);
    const previous = { currentColleague: current.currentColleague, colleagueSource, colleagueReason };
    const row = toRow(
      userId,
      id,
      withMarks(parsed.data, previous, patch.currentColleague, pivot),
      version + 1,
      createdAt,
      now,
    );
    const result = yield* query(({ db }) =>
      db
        .updateTable("contacts")
        .set(row)
        .where("id", "=", id)
        .where("user_id", "=", userId)
        .where("version", "=", version)
        .executeTakeFirst(),
    );
    // Another write landed between our read and our write: the client must see it before overwriting.
    if (Number(result.numUpdatedRows) === 0)
      return yield* Effect.fail(
        new PreconditionFailed({ detail: "This contact was changed at the same moment; reload and try again." }),
      );
    return fromRow(row);
  });

/**
 * Moves a contact's status on after an event (core's statusAfter), inside the transaction that records the
 * event, so the history and the status never disagree. A new version: the contact's ETag changes with it.
 */
export async function moveStatus(
  tx: Transaction<Database>,
  userId: string,
  contactId: string,
  event: StatusEvent,
  now: string,
): Promise<void> {
  const row = await tx
    .selectFrom("contacts")
    .select(CONTACT_COLUMNS)
    .where("id", "=", contactId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  if (!row) return;
  const { id, createdAt, updatedAt: _u, version, ...record } = fromRow(row);
  const status = statusAfter(record.status ?? "new", event);
  if (status === record.status) return;
  await tx
    .updateTable("contacts")
    .set(toRow(userId, id, { ...record, status }, version + 1, createdAt, now))
    .where("id", "=", id)
    .where("user_id", "=", userId)
    .execute();
}

export const deleteContact = (userId: string, id: string) =>
  Effect.gen(function* () {
    const result = yield* query(({ db }) =>
      db.deleteFrom("contacts").where("id", "=", id).where("user_id", "=", userId).executeTakeFirst(),
    );
    if (Number(result.numDeletedRows) === 0) return yield* Effect.fail(new NotFound({ what: "contact" }));
  });

/** What the board narrows its contacts to; the list and the summary read the same filter. */
export interface ContactFilter {
  circle?: string;
  status?: string;
  q?: string;
  /** A part of the company's name, however spelled in case and accents. */
  company?: string;
  /** Words that must all be in the role, in any order: "research lead" finds "Lead UX Researcher". */
  role?: string;
  /** The year they connected (connectedOn). */
  connectedYear?: number;
  /** True: only the archived; otherwise, only those not archived. */
  archived?: boolean;
}

export interface ContactPageRequest extends ContactFilter {
  limit: number;
  cursor?: string;
}

/** `%text%` for LIKE, the text's own % and _ escaped. */
const containing = (text: string) => `%${searchKey(text).replace(/[\\%_]/g, (m) => `\\${m}`)}%`;

/** The filter as WHERE clauses on a query over the user's contacts. */
function filtered<Q extends SelectQueryBuilder<Database, "contacts", object>>(
  q: Q,
  filter: ContactFilter,
  { archived = true } = {},
): Q {
  let out = q;
  if (filter.circle) out = out.where("circle", "=", filter.circle) as Q;
  if (filter.status) out = out.where("status", "=", filter.status) as Q;
  // ESCAPE spelled out: SQLite has no default escape character for LIKE, PostgreSQL's is the backslash.
  if (filter.q) out = out.where(sql<boolean>`search like ${containing(filter.q)} escape '\\'`) as Q;
  if (filter.company) out = out.where(sql<boolean>`company_key like ${containing(filter.company)} escape '\\'`) as Q;
  for (const word of searchKey(filter.role ?? "")
    .split(/\s+/)
    .filter(Boolean))
    out = out.where(sql<boolean>`role_key like ${containing(word)} escape '\\'`) as Q;
  if (filter.connectedYear !== undefined) {
    out = out
      .where("connected_on", ">=", `${filter.connectedYear}-01-01`)
      .where("connected_on", "<", `${filter.connectedYear + 1}-01-01`) as Q;
  }
  if (archived) out = out.where("archived", "=", filter.archived ? 1 : 0) as Q;
  return out;
}

export const encodeCursor = (id: string) => Buffer.from(id).toString("base64url");
export const decodeCursor = (cursor: string) => Buffer.from(cursor, "base64url").toString("utf8");
/** A cursor this API gave out: a contact id, base64url-encoded. Anything else would quietly list nothing. */
export const isCursor = (cursor: string) =>
  /^[A-Za-z0-9_-]+$/.test(cursor) && /^con_[0-9a-z]+$/.test(decodeCursor(cursor));

/**
 * One page of contacts in a stable order, with the cursor of the next page (null on the last), as the JSON
 * text of the answer: the stored documents joined, none of them parsed.
 */
export const listContacts = (userId: string, filter: ContactPageRequest) =>
  Effect.gen(function* () {
    const rows = yield* query(({ db }) => {
      let q = filtered(db.selectFrom("contacts").select(["id", "data"]).where("user_id", "=", userId), filter);
      if (filter.cursor) q = q.where("id", ">", decodeCursor(filter.cursor));
      return q
        .orderBy("id")
        .limit(filter.limit + 1)
        .execute();
    });
    const page = rows.slice(0, filter.limit);
    const last = page[page.length - 1];
    const nextCursor = rows.length > filter.limit && last ? encodeCursor(last.id) : null;
    return `{"items":[${page.map((r) => r.data).join(",")}],"nextCursor":${JSON.stringify(nextCursor)}}`;
  });

/**
 * How many contacts are in each circle and, within it, each status: the board's counts and progress, for
 * the same filter as the list. `archived` counts the archived contacts the rest of the filter matches, so
 * the board can offer them whichever it shows.
 */
export const contactSummary = (userId: string, filter: Omit<ContactFilter, "circle"> = {}) =>
  Effect.gen(function* () {
    const rows = yield* query(({ db }) =>
      filtered(db.selectFrom("contacts").where("user_id", "=", userId), filter, { archived: false })
        .select(["circle", "status", "archived", (eb) => eb.fn.countAll<number | string | bigint>().as("n")])
        .groupBy(["circle", "status", "archived"])
        .execute(),
    );
    const wanted = filter.archived ? 1 : 0;
    const circles: Record<string, { total: number; byStatus: Record<string, number> }> = {};
    let total = 0;
    let archived = 0;
    for (const r of rows) {
      // PostgreSQL's count is a bigint, which pg hands over as a string.
      const n = Number(r.n);
      if (Number(r.archived) === 1) archived += n;
      if (Number(r.archived) !== wanted) continue;
      const circle = (circles[r.circle] ??= { total: 0, byStatus: {} });
      circle.total += n;
      circle.byStatus[r.status] = (circle.byStatus[r.status] ?? 0) + n;
      total += n;
    }
    return { total, circles, archived };
  });

/** Every contact of the user, for export and planning. */
export const allContacts = (userId: string) =>
  query(({ db }) =>
    db.selectFrom("contacts").select(CONTACT_COLUMNS).where("user_id", "=", userId).orderBy("id").execute(),
  ).pipe(Effect.map((rows) => rows.map(fromRow)));
