import { sql, type Kysely, type Migration, type MigrationProvider } from "kysely";
import { contactDocument, type ContactColumns } from "./contact-document";
import { contactSearchText, searchKey } from "./search-key";

/**
 * The migrations, in order, written once for SQLite and PostgreSQL alike: only text, integer and
 * timestamp-as-text columns, and indexes that keep a user's contact list fast at 30,000 contacts.
 */
const migrations: Record<string, Migration> = {
  "0001-initial": {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("users")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("email", "text", (c) => c.notNull().unique())
        .addColumn("password_hash", "text", (c) => c.notNull())
        .addColumn("name", "text", (c) => c.notNull())
        .addColumn("pivot", "text")
        .addColumn("feed_token_hash", "text", (c) => c.unique())
        .addColumn("created_at", "text", (c) => c.notNull())
        .execute();
      await db.schema
        .createTable("sessions")
        .addColumn("id_hash", "text", (c) => c.primaryKey())
        .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("csrf_token", "text", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("expires_at", "text", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("sessions_user").on("sessions").column("user_id").execute();
      await db.schema
        .createTable("tokens")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("name", "text", (c) => c.notNull())
        .addColumn("token_hash", "text", (c) => c.notNull().unique())
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("last_used_at", "text")
        .execute();
      await db.schema.createIndex("tokens_user").on("tokens").column("user_id").execute();
      await db.schema
        .createTable("contacts")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("name", "text", (c) => c.notNull())
        .addColumn("circle", "text", (c) => c.notNull())
        .addColumn("tie", "text", (c) => c.notNull())
        .addColumn("status", "text", (c) => c.notNull())
        .addColumn("search", "text", (c) => c.notNull())
        .addColumn("data", "text", (c) => c.notNull())
        .addColumn("version", "integer", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("updated_at", "text", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("contacts_user_id").on("contacts").columns(["user_id", "id"]).execute();
      await db.schema.createIndex("contacts_user_circle").on("contacts").columns(["user_id", "circle", "id"]).execute();
      await db.schema.createIndex("contacts_user_status").on("contacts").columns(["user_id", "status", "id"]).execute();
      await db.schema
        .createTable("interactions")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("contact_id", "text", (c) => c.notNull().references("contacts.id").onDelete("cascade"))
        .addColumn("type", "text", (c) => c.notNull())
        .addColumn("date", "text", (c) => c.notNull())
        .addColumn("note", "text")
        .addColumn("created_at", "text", (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex("interactions_user_contact")
        .on("interactions")
        .columns(["user_id", "contact_id", "date"])
        .execute();
      await db.schema
        .createTable("asks")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("contact_id", "text", (c) => c.notNull().references("contacts.id").onDelete("cascade"))
        .addColumn("ask", "text", (c) => c.notNull())
        .addColumn("verdict", "text", (c) => c.notNull())
        .addColumn("level", "text", (c) => c.notNull())
        .addColumn("status", "text", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("asks_user_contact").on("asks").columns(["user_id", "contact_id"]).execute();
      await db.schema
        .createTable("rate_limits")
        .addColumn("key", "text", (c) => c.primaryKey())
        .addColumn("window_start", "text", (c) => c.notNull())
        .addColumn("count", "integer", (c) => c.notNull())
        .execute();
    },
    async down(db: Kysely<unknown>) {
      for (const table of ["rate_limits", "asks", "interactions", "contacts", "tokens", "sessions", "users"]) {
        await db.schema.dropTable(table).ifExists().execute();
      }
    },
  },
};

const BATCH = 500;

migrations["0002-contact-documents"] = {
  // `data` becomes the whole contact as the API shows it (see contact-document.ts); rewritten in batches, in
  // JavaScript, so that the same migration runs on both engines.
  async up(db: Kysely<unknown>) {
    const k = db as Kysely<{ contacts: ContactColumns }>;
    let after = "";
    for (;;) {
      const rows = await k
        .selectFrom("contacts")
        .select(["id", "name", "circle", "tie", "status", "data", "version", "created_at", "updated_at"])
        .where("id", ">", after)
        .orderBy("id")
        .limit(BATCH)
        .execute();
      const last = rows[rows.length - 1];
      if (!last) break;
      for (const row of rows)
        await k
          .updateTable("contacts")
          .set({ data: JSON.stringify(contactDocument(row)) })
          .where("id", "=", row.id)
          .execute();
      after = last.id;
    }
  },
  async down() {
    // The extra keys in `data` are harmless to the earlier code, which lays the columns over them.
  },
};

migrations["0003-contacts-search-in-index"] = {
  // The search text in the list's index: a text search then reads only the index until it has a page of
  // matches, instead of every contact's row (a rare name over 30,000 contacts: 15.7 ms → 3.3 ms on SQLite).
  async up(db: Kysely<unknown>) {
    await db.schema
      .createIndex("contacts_user_id_search")
      .on("contacts")
      .columns(["user_id", "id", "search"])
      .execute();
    await db.schema.dropIndex("contacts_user_id").execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.createIndex("contacts_user_id").on("contacts").columns(["user_id", "id"]).execute();
    await db.schema.dropIndex("contacts_user_id_search").execute();
  },
};

type SearchFields = Parameters<typeof contactSearchText>[0];

/** Recomputes every contact's search text from its document, in batches, writing only what changes. */
async function rewriteSearch(db: Kysely<unknown>, searchOf: (c: SearchFields) => string) {
  const k = db as Kysely<{ contacts: { id: string; search: string; data: string } }>;
  let after = "";
  for (;;) {
    const rows = await k
      .selectFrom("contacts")
      .select(["id", "search", "data"])
      .where("id", ">", after)
      .orderBy("id")
      .limit(BATCH)
      .execute();
    const last = rows[rows.length - 1];
    if (!last) break;
    for (const row of rows) {
      const search = searchOf(JSON.parse(row.data) as SearchFields);
      if (search !== row.search) await k.updateTable("contacts").set({ search }).where("id", "=", row.id).execute();
    }
    after = last.id;
  }
}

migrations["0004-search-without-accents"] = {
  // Searches ignore accents now ("nunez" finds Núñez), so the search text stored before must be folded too.
  up: (db: Kysely<unknown>) => rewriteSearch(db, contactSearchText),
  // Back to the lower-cased text the earlier code searched.
  down: (db: Kysely<unknown>) =>
    rewriteSearch(db, (c) => [c.name, c.company, c.role, c.email, c.field].filter(Boolean).join(" ").toLowerCase()),
};

/** Rewrites every contact's document that `change` changes (it returns null for those it leaves), in batches. */
async function rewriteDocuments(
  db: Kysely<unknown>,
  change: (doc: Record<string, unknown>) => Record<string, unknown> | null,
) {
  const k = db as Kysely<{ contacts: { id: string; data: string } }>;
  await eachContactDocument(db, async (id, doc) => {
    const changed = change(doc);
    if (changed)
      await k
        .updateTable("contacts")
        .set({ data: JSON.stringify(changed) })
        .where("id", "=", id)
        .execute();
  });
}

/** Every contact's stored document, in batches by id, so a large table is never read at once. */
async function eachContactDocument(
  db: Kysely<unknown>,
  visit: (id: string, doc: Record<string, unknown>) => Promise<void>,
) {
  const k = db as Kysely<{ contacts: { id: string; data: string } }>;
  let after = "";
  for (;;) {
    const rows = await k
      .selectFrom("contacts")
      .select(["id", "data"])
      .where("id", ">", after)
      .orderBy("id")
      .limit(BATCH)
      .execute();
    const last = rows[rows.length - 1];
    if (!last) break;
    for (const row of rows) await visit(row.id, JSON.parse(row.data) as Record<string, unknown>);
    after = last.id;
  }
}

migrations["0005-colleague-marks"] = {
  // Contacts now say who decided they are current colleagues: the pivot's employer, or the user. Until now
  // only the user could mark one, so a stored true is theirs; a stored false said no more than nothing (the
  // web form sent false for everyone), so it goes and the employer may decide.
  up: (db: Kysely<unknown>) =>
    rewriteDocuments(db, (doc) => {
      if (doc.colleagueSource !== undefined) return null;
      if (doc.currentColleague === true) return { ...doc, colleagueSource: "you" };
      if (doc.currentColleague === false) {
        const { currentColleague: _, ...rest } = doc;
        return rest;
      }
      return null;
    }),
  // The earlier code knows only the flag: the marks' other fields go, the flag stays as it is.
  down: (db: Kysely<unknown>) =>
    rewriteDocuments(db, (doc) => {
      if (doc.colleagueSource === undefined && doc.colleagueReason === undefined) return null;
      const { colleagueSource: _s, colleagueReason: _r, ...rest } = doc;
      return rest;
    }),
};

/** The filter columns of a contact's document, as toRow writes them. */
const filterColumns = (doc: Record<string, unknown>) => ({
  company_key: typeof doc.company === "string" ? searchKey(doc.company) : "",
  role_key: typeof doc.role === "string" ? searchKey(doc.role) : "",
  connected_on: typeof doc.connectedOn === "string" ? doc.connectedOn : null,
  archived: doc.archived === true ? 1 : 0,
});

migrations["0006-contact-filters"] = {
  // The board filters by company, role words and year connected, and leaves archived contacts out: columns
  // of their own, so each is a plain comparison on both engines instead of reading JSON. The circle's index
  // takes `archived` before the id, so a column of the board reads the index in order.
  async up(db: Kysely<unknown>) {
    // One column per statement: SQLite adds only one at a time.
    await db.schema
      .alterTable("contacts")
      .addColumn("company_key", "text", (c) => c.notNull().defaultTo(""))
      .execute();
    await db.schema
      .alterTable("contacts")
      .addColumn("role_key", "text", (c) => c.notNull().defaultTo(""))
      .execute();
    await db.schema.alterTable("contacts").addColumn("connected_on", "text").execute();
    await db.schema
      .alterTable("contacts")
      .addColumn("archived", "integer", (c) => c.notNull().defaultTo(0))
      .execute();
    const k = db as Kysely<{
      contacts: {
        id: string;
        data: string;
        company_key: string;
        role_key: string;
        connected_on: string | null;
        archived: number;
      };
    }>;
    await eachContactDocument(db, async (id, doc) => {
      const columns = filterColumns(doc);
      if (columns.company_key || columns.role_key || columns.connected_on || columns.archived)
        await k.updateTable("contacts").set(columns).where("id", "=", id).execute();
    });
    await db.schema
      .createIndex("contacts_user_circle_archived")
      .on("contacts")
      .columns(["user_id", "circle", "archived", "id"])
      .execute();
    await db.schema.dropIndex("contacts_user_circle").execute();
  },
  // The documents keep connectedOn and archived; the earlier code reads past fields it does not know.
  async down(db: Kysely<unknown>) {
    await db.schema.createIndex("contacts_user_circle").on("contacts").columns(["user_id", "circle", "id"]).execute();
    await db.schema.dropIndex("contacts_user_circle_archived").execute();
    for (const column of ["archived", "connected_on", "role_key", "company_key"])
      await db.schema.alterTable("contacts").dropColumn(column).execute();
  },
};

export const migrationProvider: MigrationProvider = { getMigrations: async () => migrations };

/** Used by the health check: a query both engines answer. */
export const ping = <DB>(db: Kysely<DB>) => sql`select 1 as ok`.execute(db);
