import { Migrator, type Kysely } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import { emptyDatabase, ENGINES, type EngineName } from "../test-app";
import { connect, migrate } from "./connect";
import { migrationProvider } from "./migrations";

const databases: { remove(): void }[] = [];
afterAll(() => databases.forEach((d) => d.remove()));

async function emptyUrl(engine: EngineName): Promise<string> {
  const database = await emptyDatabase(engine);
  databases.push(database);
  return database.url;
}

describe.each(ENGINES)("migrations on %s", (engine) => {
  it("0002 rewrites contacts stored before it as whole documents, losing nothing", async () => {
    const { db } = connect(await emptyUrl(engine));
    try {
      await new Migrator({ db, provider: migrationProvider }).migrateTo("0001-initial");
      await db
        .insertInto("users")
        .values({
          id: "usr_1",
          email: "a@example.com",
          password_hash: "x",
          name: "A",
          pivot: null,
          feed_token_hash: null,
          created_at: "2026-01-01T00:00:00Z",
        })
        .execute();
      // As the first version stored them: the columns, and only the optional fields in `data`.
      const old = {
        user_id: "usr_1",
        circle: "leaders",
        tie: "stranger",
        status: "new",
        search: "x",
        version: 3,
        created_at: "2026-01-01T00:00:00Z",
        updated_at: "2026-02-01T00:00:00Z",
      };
      const rows = Array.from({ length: 1203 }, (_, i) => ({
        ...old,
        id: `con_${String(i).padStart(5, "0")}`,
        name: `Person ${i}`,
        data: JSON.stringify({ company: `Company ${i}`, transition: { from: "Teacher", to: "Designer" } }),
      }));
      for (let i = 0; i < rows.length; i += 300)
        await db
          .insertInto("contacts")
          .values(rows.slice(i, i + 300))
          .execute();

      await migrate(db);
      const after = await db.selectFrom("contacts").select(["id", "data"]).orderBy("id").execute();
      expect(after).toHaveLength(1203);
      expect(JSON.parse(after[1202]?.data ?? "")).toEqual({
        company: "Company 1202",
        transition: { from: "Teacher", to: "Designer" },
        id: "con_01202",
        name: "Person 1202",
        circle: "leaders",
        tie: "stranger",
        status: "new",
        createdAt: "2026-01-01T00:00:00Z",
        updatedAt: "2026-02-01T00:00:00Z",
        version: 3,
      });
      // Running again changes nothing.
      await migrate(db);
      expect(
        (await db.selectFrom("contacts").select("data").where("id", "=", "con_00000").executeTakeFirstOrThrow()).data,
      ).toBe(after[0]?.data);
    } finally {
      await db.destroy();
    }
  });

  it("0004 folds the accents out of the search text stored before it, and 0003's text comes back on the way down", async () => {
    const { db } = connect(await emptyUrl(engine));
    const migrator = new Migrator({ db, provider: migrationProvider });
    const searchOf = async (id: string) =>
      (await db.selectFrom("contacts").select("search").where("id", "=", id).executeTakeFirstOrThrow()).search;
    try {
      await migrator.migrateTo("0003-contacts-search-in-index");
      await db
        .insertInto("users")
        .values({
          id: "usr_1",
          email: "a@example.com",
          password_hash: "x",
          name: "A",
          pivot: null,
          feed_token_hash: null,
          created_at: "2026-01-01T00:00:00Z",
        })
        .execute();
      const row = (id: string, name: string, company: string, search: string) => ({
        id,
        user_id: "usr_1",
        name,
        circle: "leaders",
        tie: "weak",
        status: "new",
        search,
        version: 1,
        created_at: "2026-01-01T00:00:00Z",
        updated_at: "2026-01-01T00:00:00Z",
        data: JSON.stringify({
          id,
          name,
          company,
          circle: "leaders",
          tie: "weak",
          status: "new",
          version: 1,
          createdAt: "2026-01-01T00:00:00Z",
          updatedAt: "2026-01-01T00:00:00Z",
        }),
      });
      await db
        .insertInto("contacts")
        .values([
          row("con_1", "José Núñez", "Sørensen", "josé núñez sørensen"),
          row("con_2", "Bo Chan", "Acme", "bo chan acme"),
        ])
        .execute();

      await migrate(db);
      expect(await searchOf("con_1")).toBe("jose nunez sorensen");
      expect(await searchOf("con_2")).toBe("bo chan acme");
      await migrator.migrateTo("0003-contacts-search-in-index");
      expect(await searchOf("con_1")).toBe("josé núñez sørensen");
    } finally {
      await db.destroy();
    }
  });

  it("0005 keeps the colleagues the user marked as their choice and drops the false every form sent; the way down leaves the flag", async () => {
    const { db } = connect(await emptyUrl(engine));
    const migrator = new Migrator({ db, provider: migrationProvider });
    const docOf = async (id: string) =>
      JSON.parse(
        (await db.selectFrom("contacts").select("data").where("id", "=", id).executeTakeFirstOrThrow()).data,
      ) as Record<string, unknown>;
    try {
      await migrator.migrateTo("0004-search-without-accents");
      await db
        .insertInto("users")
        .values({
          id: "usr_1",
          email: "a@example.com",
          password_hash: "x",
          name: "A",
          pivot: null,
          feed_token_hash: null,
          created_at: "2026-01-01T00:00:00Z",
        })
        .execute();
      const row = (id: string, fields: object) => {
        const data = {
          id,
          name: id,
          circle: "backers",
          tie: "weak",
          status: "new",
          version: 1,
          createdAt: "2026-01-01T00:00:00Z",
          updatedAt: "2026-01-01T00:00:00Z",
          ...fields,
        };
        return {
          id,
          user_id: "usr_1",
          name: id,
          circle: "backers",
          tie: "weak",
          status: "new",
          search: id,
          version: 1,
          created_at: "2026-01-01T00:00:00Z",
          updated_at: "2026-01-01T00:00:00Z",
          data: JSON.stringify(data),
        };
      };
      // Over a batch's worth, so the rewrite goes on past its first page.
      const many = Array.from({ length: 620 }, (_, i) =>
        row(`con_${String(i).padStart(4, "0")}`, { company: "Acme", currentColleague: i % 2 === 0 }),
      );
      for (let i = 0; i < many.length; i += 300)
        await db
          .insertInto("contacts")
          .values(many.slice(i, i + 300))
          .execute();
      await db
        .insertInto("contacts")
        .values(row("con_none", { company: "Acme" }))
        .execute();

      await migrate(db);
      expect(await docOf("con_0000")).toMatchObject({ currentColleague: true, colleagueSource: "you" });
      expect(await docOf("con_0001")).not.toHaveProperty("currentColleague");
      expect(await docOf("con_0618")).toMatchObject({ currentColleague: true, colleagueSource: "you" });
      expect(await docOf("con_0619")).not.toHaveProperty("currentColleague");
      const untouched = await docOf("con_none");
      expect(untouched).not.toHaveProperty("currentColleague");
      expect(untouched).not.toHaveProperty("colleagueSource");

      await migrator.migrateTo("0004-search-without-accents");
      expect(await docOf("con_0000")).toEqual({ ...JSON.parse(many[0]?.data ?? "") });
      expect(await docOf("con_0618")).not.toHaveProperty("colleagueSource");
    } finally {
      await db.destroy();
    }
  });
  it("0006 fills the filter columns from the documents stored before it, in batches; the way down drops them", async () => {
    const { db } = connect(await emptyUrl(engine));
    const migrator = new Migrator({ db, provider: migrationProvider });
    const k = db as unknown as Kysely<{
      contacts: { id: string; company_key: string; role_key: string; connected_on: string | null; archived: number };
    }>;
    try {
      await migrator.migrateTo("0005-colleague-marks");
      await db
        .insertInto("users")
        .values({
          id: "usr_1",
          email: "a@example.com",
          password_hash: "x",
          name: "A",
          pivot: null,
          feed_token_hash: null,
          created_at: "2026-01-01T00:00:00Z",
        })
        .execute();
      const row = (id: string, fields: object) => {
        const data = {
          id,
          name: id,
          circle: "leaders",
          tie: "weak",
          status: "new",
          version: 1,
          createdAt: "2026-01-01T00:00:00Z",
          updatedAt: "2026-01-01T00:00:00Z",
          ...fields,
        };
        return {
          id,
          user_id: "usr_1",
          name: id,
          circle: "leaders",
          tie: "weak",
          status: "new",
          search: id,
          version: 1,
          created_at: "2026-01-01T00:00:00Z",
          updated_at: "2026-01-01T00:00:00Z",
          data: JSON.stringify(data),
        };
      };
      const many = Array.from({ length: 520 }, (_, i) =>
        row(`con_${String(i).padStart(4, "0")}`, { company: "Açme Corp", role: "Head of UX Research" }),
      );
      for (let i = 0; i < many.length; i += 260)
        await db
          .insertInto("contacts")
          .values(many.slice(i, i + 260))
          .execute();
      await db
        .insertInto("contacts")
        .values([row("con_dated", { connectedOn: "2023-01-15", archived: true }), row("con_bare", {})])
        .execute();

      await migrate(db);
      const columns = async (id: string) =>
        k
          .selectFrom("contacts")
          .select(["company_key", "role_key", "connected_on", "archived"])
          .where("id", "=", id)
          .executeTakeFirstOrThrow();
      expect(await columns("con_0519")).toEqual({
        company_key: "acme corp",
        role_key: "head of ux research",
        connected_on: null,
        archived: 0,
      });
      expect(await columns("con_dated")).toEqual({
        company_key: "",
        role_key: "",
        connected_on: "2023-01-15",
        archived: 1,
      });
      expect(await columns("con_bare")).toEqual({ company_key: "", role_key: "", connected_on: null, archived: 0 });

      await migrator.migrateTo("0005-colleague-marks");
      const back = await db.selectFrom("contacts").selectAll().where("id", "=", "con_dated").executeTakeFirstOrThrow();
      expect(Object.keys(back)).not.toContain("archived");
      expect(JSON.parse(back.data)).toMatchObject({ connectedOn: "2023-01-15", archived: true });
      // And up again, as a server started on the newer code would.
      await migrate(db);
      expect((await columns("con_dated")).archived).toBe(1);
    } finally {
      await db.destroy();
    }
  });
});
