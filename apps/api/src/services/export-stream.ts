import type { Contact } from "@enlist/core";
import { BACKUP_FORMAT, BACKUP_VERSION, toCsv, toVCard, type Backup, type BackupAsk } from "@enlist/io";
import { Effect } from "effect";
import { AppClock } from "./clock";
import { CONTACT_COLUMNS, fromRow, toContact } from "./contacts";
import { Db, query } from "./db";
import { fromRow as interactionFromRow, toInteraction, type StoredInteraction } from "./interactions";
import { getPivot } from "./pivot";

/** Contacts read and written per step: small enough that a step never holds the event loop for long. */
export const PAGE_SIZE = 500;

export type ExportFormat = "csv" | "vcard" | "json";
export interface ExportFile {
  body: ReadableStream<Uint8Array>;
  type: string;
  extension: string;
}

/** The user's contacts after `after` (by id), one page of them. */
const contactPage = (userId: string, after: string | null) =>
  query(({ db }) => {
    let q = db.selectFrom("contacts").select(CONTACT_COLUMNS).where("user_id", "=", userId);
    if (after !== null) q = q.where("id", ">", after);
    return q.orderBy("id").limit(PAGE_SIZE).execute();
  }).pipe(Effect.map((rows) => rows.map((r) => toContact(fromRow(r)))));

/** The user's interactions after `after`, in the backup's order (by date, then id), one page of them. */
const interactionPage = (userId: string, after: StoredInteraction | null) =>
  query(({ db }) => {
    let q = db.selectFrom("interactions").selectAll().where("user_id", "=", userId);
    if (after !== null)
      q = q.where((eb) =>
        eb.or([eb("date", ">", after.date), eb.and([eb("date", "=", after.date), eb("id", ">", after.id)])]),
      );
    return q.orderBy("date").orderBy("id").limit(PAGE_SIZE).execute();
  }).pipe(Effect.map((rows) => rows.map(interactionFromRow)));

type AskRow = { id: string; contact_id: string; ask: string; verdict: string; status: string; created_at: string };

/** The user's asks after `after`, in the order they were made, one page of them. */
const askPage = (userId: string, after: AskRow | null) =>
  query(({ db }) => {
    let q = db
      .selectFrom("asks")
      .select(["id", "contact_id", "ask", "verdict", "status", "created_at"])
      .where("user_id", "=", userId);
    if (after !== null)
      q = q.where((eb) =>
        eb.or([
          eb("created_at", ">", after.created_at),
          eb.and([eb("created_at", "=", after.created_at), eb("id", ">", after.id)]),
        ]),
      );
    return q.orderBy("created_at").orderBy("id").limit(PAGE_SIZE).execute();
  });

/** An ask as the backup holds it: the stored texts read back, no id. */
const backupAsk = (r: AskRow): BackupAsk => ({
  contactId: r.contact_id,
  ask: JSON.parse(r.ask) as BackupAsk["ask"],
  verdict: JSON.parse(r.verdict) as BackupAsk["verdict"],
  status: r.status as BackupAsk["status"],
  createdAt: r.created_at,
});

/** Pages in order, each fetched only when the previous one has been used. */
async function* pagesFrom<T>(first: T[], next: (last: T) => Promise<T[]>): AsyncGenerator<T[]> {
  let page = first;
  while (page.length > 0) {
    yield page;
    if (page.length < PAGE_SIZE) return;
    page = await next(page[page.length - 1] as T);
  }
}

/**
 * Text made piece by piece as the client reads it: nothing is fetched ahead of the reader (high-water mark
 * 0), so a slow or stalled download holds one page, never the whole list. A failure half-way can no longer
 * be a problem+json answer — the status has been sent — so it is logged and the transfer is cut, which the
 * client sees as an incomplete file rather than a complete-looking one.
 */
function textStream(pieces: AsyncGenerator<string>, what: string): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          for (;;) {
            const { done, value } = await pieces.next();
            if (done) return controller.close();
            if (value.length > 0) return controller.enqueue(encoder.encode(value));
          }
        } catch (error) {
          console.error(`${what} failed half-way:`, error);
          controller.error(error);
        }
      },
      async cancel() {
        await pieces.return(undefined);
      },
    },
    { highWaterMark: 0 },
  );
}

async function* csvText(pages: AsyncGenerator<Contact[]>): AsyncGenerator<string> {
  // toCsv of no contacts is the byte-order mark and the header; every page after it is its rows alone.
  const head = toCsv([]);
  yield head;
  for await (const page of pages) yield toCsv(page).slice(head.length);
}

async function* vCardText(pages: AsyncGenerator<Contact[]>): AsyncGenerator<string> {
  for await (const page of pages) yield toVCard(page);
}

async function* backupText(
  head: Omit<Backup, "contacts" | "interactions" | "asks">,
  contacts: AsyncGenerator<Contact[]>,
  interactions: AsyncGenerator<StoredInteraction[]>,
  asks: AsyncGenerator<BackupAsk[]>,
): AsyncGenerator<string> {
  // The same document as toJsonBackup's, written without its indentation: one array element at a time.
  yield `${JSON.stringify(head).slice(0, -1)},"contacts":[`;
  let comma = "";
  for await (const page of contacts) {
    yield comma + page.map((c) => JSON.stringify(c)).join(",");
    comma = ",";
  }
  yield `],"interactions":[`;
  comma = "";
  for await (const page of interactions) {
    yield comma + page.map((i) => JSON.stringify(toInteraction(i))).join(",");
    comma = ",";
  }
  yield `],"asks":[`;
  comma = "";
  for await (const page of asks) {
    yield comma + page.map((a) => JSON.stringify(a)).join(",");
    comma = ",";
  }
  yield "]}\n";
}

/**
 * The user's contacts as a file, streamed a page at a time. The first page is read before answering, so a
 * database that cannot be reached is still a 503 problem rather than a cut transfer.
 */
export const exportContacts = (userId: string, format: ExportFormat) =>
  Effect.gen(function* () {
    if (format === "json")
      return { body: yield* backupStream(userId), type: "application/json", extension: "json" } satisfies ExportFile;
    const run = Effect.runPromiseWith(yield* Effect.context<Db>());
    const pages = pagesFrom(yield* contactPage(userId, null), (last) => run(contactPage(userId, last.id)));
    return format === "csv"
      ? ({
          body: textStream(csvText(pages), "CSV export"),
          type: "text/csv; charset=utf-8",
          extension: "csv",
        } satisfies ExportFile)
      : ({
          body: textStream(vCardText(pages), "vCard export"),
          type: "text/vcard; charset=utf-8",
          extension: "vcf",
        } satisfies ExportFile);
  });

/** Everything of the user as @enlist/io's versioned JSON backup, streamed a page at a time. */
export const backupStream = (userId: string) =>
  Effect.gen(function* () {
    const pivot = yield* getPivot(userId).pipe(Effect.catchTag("NotFound", () => Effect.succeed(null)));
    const exportedAt = (yield* AppClock).now().toISOString();
    const run = Effect.runPromiseWith(yield* Effect.context<Db>());
    const contacts = pagesFrom(yield* contactPage(userId, null), (last) => run(contactPage(userId, last.id)));
    // Interactions and asks are read only once what comes before them is written, when the client has got that far.
    async function* interactions(): AsyncGenerator<StoredInteraction[]> {
      yield* pagesFrom(await run(interactionPage(userId, null)), (last) => run(interactionPage(userId, last)));
    }
    async function* asks(): AsyncGenerator<BackupAsk[]> {
      for await (const page of pagesFrom(await run(askPage(userId, null)), (last) => run(askPage(userId, last))))
        yield page.map(backupAsk);
    }
    return textStream(
      backupText(
        { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt, pivot },
        contacts,
        interactions(),
        asks(),
      ),
      "JSON backup",
    );
  });
