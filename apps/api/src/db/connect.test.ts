// PostgreSQL only: what happens to the API process when the server cuts one of its pooled connections.
import { sql } from "kysely";
import pg from "pg";
import { describe, expect, it, vi } from "vitest";
import { connect } from "./connect";

const url = process.env.TEST_DATABASE_URL;

describe.runIf(url?.startsWith("postgres"))("PostgreSQL pool", () => {
  it("survives the server ending an idle connection, and answers the next query", async () => {
    const name = `enlist-cut-${process.pid}`;
    const withName = `${url}${url?.includes("?") ? "&" : "?"}application_name=${name}`;
    const { db } = connect(withName);
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      await sql`select 1`.execute(db);
      // What a restart or failover does to the idle connection the pool keeps.
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      const cut = await admin.query(
        "select pg_terminate_backend(pid) as cut from pg_stat_activity where application_name = $1",
        [name],
      );
      await admin.end();
      expect(cut.rowCount).toBeGreaterThan(0);
      await new Promise((r) => setTimeout(r, 200));
      expect(logged).toHaveBeenCalledWith(expect.stringContaining("closed an idle connection"));
      const again = await sql<{ one: number }>`select 1 as one`.execute(db);
      expect(again.rows[0]?.one).toBe(1);
    } finally {
      logged.mockRestore();
      await db.destroy();
    }
  });
});
