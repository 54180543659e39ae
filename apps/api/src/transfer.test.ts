import { readFixture as fixture } from "@enlist/fixtures";
import { describe, expect, it } from "vitest";
import { BODY_LIMIT, IMPORT_LIMIT } from "./app";
import { ENGINES, isProblem, useTestApp } from "./test-app";

describe.each(ENGINES)("import and export on %s", (engine) => {
  const app = useTestApp(engine);

  it("a dry run reports without storing; the real import stores every row in one go", async () => {
    const { auth } = await app.user();
    await app.request("/v1/pivot", {
      method: "PUT",
      headers: auth,
      json: {
        fromField: "teaching",
        toField: "learning design",
        targetRoles: [],
        stillEmployed: true,
        weeklyMinutes: 60,
      },
    });
    const csv = fixture("linkedin/enlist-synthetic-unicode-bom-crlf.csv");
    const dry = await app.request("/v1/contacts/import?dryRun=true", {
      method: "POST",
      headers: { ...auth, "content-type": "text/csv" },
      body: csv,
    });
    const dryBody = (await dry.json()) as { stored: number; report: { imported: number; skipped: unknown[] } };
    expect(dryBody).toMatchObject({ stored: 0, report: { imported: 11 } });
    expect(dryBody.report.skipped).toHaveLength(1);
    expect(
      ((await (await app.request("/v1/contacts", { headers: auth })).json()) as { items: unknown[] }).items,
    ).toHaveLength(0);

    const real = (await (
      await app.request("/v1/contacts/import", {
        method: "POST",
        headers: { ...auth, "content-type": "text/csv" },
        body: csv,
      })
    ).json()) as { stored: number };
    expect(real.stored).toBe(11);
    const list = (await (await app.request("/v1/contacts?limit=200", { headers: auth })).json()) as {
      items: { name: string; circle: string }[];
    };
    expect(list.items.find((c) => c.name === "Tomás Ó Briain")?.circle).toBe("pathfinders");

    // The same file again: everyone is known by their profile or e-mail, so nothing is new and nothing a duplicate.
    const again = (await (
      await app.request("/v1/contacts/import?dryRun=true", {
        method: "POST",
        headers: { ...auth, "content-type": "text/csv" },
        body: csv,
      })
    ).json()) as { report: { imported: number; unchanged: number; updates: unknown[]; duplicates: unknown[] } };
    expect(again.report).toMatchObject({ imported: 0, unchanged: 11, updates: [], duplicates: [] });
  });

  it("keeps the accents of a CSV that is not UTF-8 (Excel on Windows saves Windows-1252)", async () => {
    const { auth } = await app.user();
    const csv =
      "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\nJosé,Núñez,,,Café Crème,Diseñadora,12 Mar 2024\r\n";
    const bytes = Uint8Array.from(csv, (ch) => ({ é: 0xe9, ú: 0xfa, ñ: 0xf1, è: 0xe8 })[ch] ?? ch.charCodeAt(0));
    const res = await app.request("/v1/contacts/import", {
      method: "POST",
      headers: { ...auth, "content-type": "text/csv" },
      body: bytes,
    });
    expect(((await res.json()) as { report: { encoding: string } }).report.encoding).toBe("windows-1252");
    const list = (await (await app.request("/v1/contacts", { headers: auth })).json()) as {
      items: { name: string; company: string; role: string }[];
    };
    expect(list.items.map((c) => [c.name, c.company, c.role])).toEqual([["José Núñez", "Café Crème", "Diseñadora"]]);
  });

  it("imports vCards; refuses a PNG and an unknown type with a problem, storing nothing", async () => {
    const { auth } = await app.user();
    const vcf = (await (
      await app.request("/v1/contacts/import", {
        method: "POST",
        headers: { ...auth, "content-type": "text/vcard" },
        body: fixture("vcard/ezvcard__John_Doe_ANDROID.vcf"),
      })
    ).json()) as { stored: number };
    expect(vcf.stored).toBe(4);
    const png = await app.request("/v1/contacts/import", {
      method: "POST",
      headers: { ...auth, "content-type": "text/csv" },
      body: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]),
    });
    expect(await isProblem(png, 422)).toBe(true);
    const pdf = await app.request("/v1/contacts/import", {
      method: "POST",
      headers: { ...auth, "content-type": "application/pdf" },
      body: "%PDF",
    });
    expect(await isProblem(pdf, 422)).toBe(true);
    expect(
      ((await (await app.request("/v1/contacts", { headers: auth })).json()) as { items: unknown[] }).items,
    ).toHaveLength(4);
  });

  it("exports CSV with formulas neutralised, vCard, and a JSON backup", async () => {
    const { auth } = await app.user();
    await app.request("/v1/contacts", {
      method: "POST",
      headers: auth,
      json: { name: '=HYPERLINK("http://evil")', circle: "backers", tie: "weak", company: "@SUM(1)" },
    });
    const csv = await app.request("/v1/contacts/export?format=csv", { headers: auth });
    expect(csv.headers.get("content-type")).toContain("text/csv");
    const text = await csv.text();
    expect(text).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(text).toContain("'@SUM(1)");
    const vcard = await (await app.request("/v1/contacts/export?format=vcard", { headers: auth })).text();
    expect(vcard).toMatch(/^BEGIN:VCARD\r\nVERSION:4.0/);
    const backup = (await (await app.request("/v1/me/export", { headers: auth })).json()) as {
      format: string;
      contacts: unknown[];
    };
    expect(backup).toMatchObject({ format: "enlist-backup", version: 2, asks: [] });
    expect(backup.contacts).toHaveLength(1);
  });

  it("refuses bodies over the limits with 413", async () => {
    const { auth } = await app.user();
    const big = await app.request("/v1/messages/lint", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text: "a".repeat(BODY_LIMIT), context: { channel: "email" } }),
    });
    expect(await isProblem(big, 413)).toBe(true);
    const huge = await app.request("/v1/contacts/import", {
      method: "POST",
      headers: { ...auth, "content-type": "text/csv" },
      body: "x".repeat(IMPORT_LIMIT + 1),
    });
    expect(await isProblem(huge, 413)).toBe(true);
  });

  it("deleting the account deletes everything in it", async () => {
    const { auth } = await app.user();
    await app.request("/v1/contacts", {
      method: "POST",
      headers: auth,
      json: { name: "A", circle: "backers", tie: "weak" },
    });
    expect((await app.request("/v1/me", { method: "DELETE", headers: auth })).status).toBe(204);
    expect(await isProblem(await app.request("/v1/me", { headers: auth }), 401)).toBe(true);
  });
});

describe("imported rows the Contact schema refuses", () => {
  const app = useTestApp("sqlite");
  it("keep the person and leave the bad field out, with a warning", async () => {
    const { auth } = await app.user();
    const csv = `First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAna,Ruiz,https://www.linkedin.com/in/ana,ana@localhost.x,Acme,${"Very long title ".repeat(20)},05 Mar 2024\n`;
    const res = (await (
      await app.request("/v1/contacts/import", {
        method: "POST",
        headers: { ...auth, "content-type": "text/csv" },
        body: csv,
      })
    ).json()) as { stored: number; report: { warnings: { message: string }[] } };
    expect(res.stored).toBe(1);
    expect(res.report.warnings.map((w) => w.message)).toEqual([
      'email "ana@localhost.x" cannot be stored; left out',
      expect.stringMatching(/^role "Very long title/),
    ]);
    const [contact] = (
      (await (await app.request("/v1/contacts", { headers: auth })).json()) as {
        items: { id: string; role?: string }[];
      }
    ).items;
    expect(contact?.role).toBeUndefined();
    const etag = `"${contact?.id}.1"`;
    expect(
      (
        await app.request(`/v1/contacts/${contact?.id}`, {
          method: "PATCH",
          headers: { ...auth, "if-match": etag },
          json: { tie: "friend" },
        })
      ).status,
    ).toBe(200);
  });
});

describe.each(ENGINES)("import choices on %s", (engine) => {
  const app = useTestApp(engine);

  it("leaves out the rows the user chose not to import, and reports them", async () => {
    const { auth } = await app.user();
    const csv = fixture("linkedin/enlist-synthetic-unicode-bom-crlf.csv");
    const dry = (await (
      await app.request("/v1/contacts/import?dryRun=true", {
        method: "POST",
        headers: { ...auth, "content-type": "text/csv" },
        body: csv,
      })
    ).json()) as { contacts: { row: number; name: string }[] };
    const [first, second] = dry.contacts;
    const real = (await (
      await app.request(`/v1/contacts/import?skip=${first?.row},${second?.row},99999`, {
        method: "POST",
        headers: { ...auth, "content-type": "text/csv" },
        body: csv,
      })
    ).json()) as {
      stored: number;
      report: { imported: number; skipped: { row: number; reason: string }[] };
    };
    expect(real.stored).toBe(dry.contacts.length - 2);
    expect(real.report.imported).toBe(dry.contacts.length - 2);
    // Only rows that were in the file are reported as left out.
    expect(real.report.skipped.filter((s) => s.reason === "left out by you").map((s) => s.row)).toEqual([
      first?.row,
      second?.row,
    ]);
    const names = (
      (await (await app.request("/v1/contacts?limit=200", { headers: auth })).json()) as { items: { name: string }[] }
    ).items.map((c) => c.name);
    expect(names).not.toContain(first?.name);
  });

  it("says who fits no circle yet for the pivot; they are stored with Backers unless left out", async () => {
    const { auth } = await app.user();
    await app.request("/v1/pivot", {
      method: "PUT",
      headers: auth,
      json: {
        fromField: "teaching",
        toField: "learning design",
        targetRoles: [],
        stillEmployed: true,
        weeklyMinutes: 60,
      },
    });
    const csv = fixture("linkedin/enlist-synthetic-unicode-bom-crlf.csv");
    const dry = (await (
      await app.request("/v1/contacts/import?dryRun=true", {
        method: "POST",
        headers: { ...auth, "content-type": "text/csv" },
        body: csv,
      })
    ).json()) as {
      contacts: { row: number; name: string; circle: string | null; circleReason: string }[];
      report: { unsorted: number };
    };
    const unsorted = dry.contacts.filter((c) => c.circle === null);
    expect(dry.contacts.find((c) => c.name === "Nguyễn Văn An")).toMatchObject({
      circle: null,
      circleReason: "Nguyễn Văn An moved from teacher to Data Scientist, not into learning design.",
    });
    expect(dry.report.unsorted).toBe(unsorted.length);

    const keptOne = unsorted[0];
    const skip = unsorted
      .slice(1)
      .map((c) => c.row)
      .join(",");
    const real = (await (
      await app.request(`/v1/contacts/import?skip=${skip}`, {
        method: "POST",
        headers: { ...auth, "content-type": "text/csv" },
        body: csv,
      })
    ).json()) as { stored: number; report: { unsorted: number } };
    expect(real).toMatchObject({ stored: dry.contacts.length - unsorted.length + 1, report: { unsorted: 1 } });
    const list = (await (await app.request("/v1/contacts?limit=200", { headers: auth })).json()) as {
      items: { name: string; circle: string }[];
    };
    expect(list.items.find((c) => c.name === keptOne?.name)?.circle).toBe("backers");
    expect(list.items.find((c) => c.name === "Tomás Ó Briain")?.circle).toBe("pathfinders");
  });

  it("refuses a skip list that is not row numbers", async () => {
    const { auth } = await app.user();
    const res = await app.request("/v1/contacts/import?skip=1,two", {
      method: "POST",
      headers: { ...auth, "content-type": "text/csv" },
      body: "First Name,Last Name\nA,B\n",
    });
    expect(await isProblem(res, 400)).toBe(true);
  });
});
