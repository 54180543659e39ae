import { describe, expect, it } from "vitest";
import { ENGINES, isProblem, useTestApp } from "./test-app";

// Files written for these tests: a LinkedIn export, then the same people a year on.
const HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On";
const linkedIn = (...rows: string[]) => `Notes:\r\nExported for a test.\r\n\r\n${[HEADER, ...rows].join("\r\n")}\r\n`;
const FIRST = linkedIn(
  "Marit,Solberg,https://www.linkedin.com/in/marit-solberg,marit@example.no,Fjell Schools,Teacher,04 Jan 2021",
  "Kofi,Boateng,https://www.linkedin.com/in/kofi-boateng/,,Accra Analytics,Data Analyst,11 Feb 2022",
  "Rosa,Delgado,https://www.linkedin.com/in/rosa-delgado,,Ola Studio,Designer,19 Mar 2023",
);
// A year on: Marit has a new job, Kofi's profile is written without www and in capitals, and another
// Rosa Delgado — another profile, another city — has connected.
const LATER = linkedIn(
  "Marit,Solberg,http://linkedin.com/in/marit-solberg,marit@example.no,Tern Learning,Learning Designer,04 Jan 2021",
  "Kofi,Boateng,https://linkedin.com/in/Kofi-Boateng,kofi@example.gh,Accra Analytics,Data Analyst,11 Feb 2022",
  "Rosa,Delgado,https://www.linkedin.com/in/rosa-delgado-madrid,,Luz Media,Producer,02 May 2024",
);

type Answer = {
  stored: number;
  updated: number;
  contacts: { name: string }[];
  report: {
    imported: number;
    unchanged: number;
    updates: { row: number; name: string; match: string; changes: { field: string; from?: string; to: string }[] }[];
    duplicates: {
      row: number;
      action: string;
      with: { existingId?: string };
      differences?: { field: string; row?: string; other?: string }[];
    }[];
    warnings: { row: number; message: string }[];
    skipped: { row: number; reason: string }[];
  };
};

describe.each(ENGINES)("importing again on %s", (engine) => {
  const app = useTestApp(engine);
  const importCsv = async (auth: Record<string, string>, csv: string, query = "") => {
    const res = await app.request(`/v1/contacts/import${query}`, {
      method: "POST",
      headers: { ...auth, "content-type": "text/csv" },
      body: csv,
    });
    expect(res.status).toBe(200);
    return (await res.json()) as Answer;
  };
  const list = async (auth: Record<string, string>) =>
    (
      (await (await app.request("/v1/contacts?limit=200", { headers: auth })).json()) as {
        items: { id: string; name: string; company?: string; role?: string; email?: string; version: number }[];
      }
    ).items;

  it("the same file twice: nothing new, no possible duplicates, nothing stored the second time", async () => {
    const { auth } = await app.user();
    expect((await importCsv(auth, FIRST)).stored).toBe(3);
    const dry = await importCsv(auth, FIRST, "?dryRun=true");
    expect(dry.report).toMatchObject({ imported: 0, unchanged: 3, updates: [], duplicates: [] });
    const again = await importCsv(auth, FIRST);
    expect(again).toMatchObject({ stored: 0, updated: 0 });
    expect(await list(auth)).toHaveLength(3);
  });

  it("a later export updates who changed, says what changed, and shows a namesake side by side", async () => {
    const { auth } = await app.user();
    await importCsv(auth, FIRST);
    const before = await list(auth);
    const dry = await importCsv(auth, LATER, "?dryRun=true");
    expect(dry.report.updates).toEqual([
      {
        row: 5,
        existingId: expect.any(String),
        name: "Marit Solberg",
        match: "email",
        changes: [
          { field: "company", from: "Fjell Schools", to: "Tern Learning" },
          { field: "role", from: "Teacher", to: "Learning Designer" },
        ],
      },
      {
        row: 6,
        existingId: expect.any(String),
        name: "Kofi Boateng",
        match: "linkedin",
        changes: [{ field: "email", to: "kofi@example.gh" }],
      },
    ]);
    expect(dry.report.duplicates).toEqual([
      expect.objectContaining({
        row: 7,
        match: "name",
        action: "review",
        with: { existingId: before.find((c) => c.name === "Rosa Delgado")?.id },
        differences: [
          {
            field: "linkedInUrl",
            row: "https://www.linkedin.com/in/rosa-delgado-madrid",
            other: "https://www.linkedin.com/in/rosa-delgado",
          },
          { field: "company", row: "Luz Media", other: "Ola Studio" },
          { field: "role", row: "Producer", other: "Designer" },
        ],
      }),
    ]);
    // Kept both: the second Rosa is someone else.
    const real = await importCsv(auth, LATER);
    expect(real).toMatchObject({ stored: 1, updated: 2 });
    expect(real.report.updates).toEqual(dry.report.updates);
    const after = await list(auth);
    expect(after).toHaveLength(4);
    const marit = after.find((c) => c.name === "Marit Solberg");
    expect(marit).toMatchObject({ company: "Tern Learning", role: "Learning Designer", version: 2 });
    expect(after.find((c) => c.name === "Kofi Boateng")?.email).toBe("kofi@example.gh");
  });

  it("a namesake the user says is the same person updates them instead", async () => {
    const { auth } = await app.user();
    await importCsv(auth, FIRST);
    const merged = await importCsv(auth, LATER, "?merge=7");
    expect(merged).toMatchObject({ stored: 0, updated: 3 });
    expect(merged.report.updates.find((u) => u.row === 7)).toMatchObject({ name: "Rosa Delgado", match: "name" });
    const rosa = (await list(auth)).filter((c) => c.name === "Rosa Delgado");
    expect(rosa).toMatchObject([{ company: "Luz Media", role: "Producer" }]);
  });

  it("an update left out with skip is not made", async () => {
    const { auth } = await app.user();
    await importCsv(auth, FIRST);
    const r = await importCsv(auth, LATER, "?skip=5,7");
    expect(r).toMatchObject({ stored: 0, updated: 1 });
    expect(r.report.skipped).toEqual([
      { row: 5, reason: "left out by you" },
      { row: 7, reason: "left out by you" },
    ]);
    expect((await list(auth)).find((c) => c.name === "Marit Solberg")?.company).toBe("Fjell Schools");
  });

  it("refuses a merge list that is not row numbers", async () => {
    const { auth } = await app.user();
    const res = await app.request("/v1/contacts/import?merge=1;DROP", {
      method: "POST",
      headers: { ...auth, "content-type": "text/csv" },
      body: FIRST,
    });
    expect(await isProblem(res, 400)).toBe(true);
  });
});

describe.each(ENGINES)("the preview on %s", (engine) => {
  const app = useTestApp(engine);

  it("gives every warning the import gives: addresses the Contact schema refuses are named in the dry run", async () => {
    const { auth } = await app.user();
    // Each looks like an address to the file's reader, and none is one Enlist can store.
    const csv = linkedIn(
      "Ines,Vaz,https://www.linkedin.com/in/ines-vaz,ines..vaz@example.pt,Mar,Editor,01 Jan 2024",
      "Taro,Ueda,https://www.linkedin.com/in/taro-ueda,.taro@example.jp,Kumo,Writer,02 Jan 2024",
      "Ana,Lima,https://www.linkedin.com/in/ana-lima,ana@example.c,Rio,Teacher,03 Jan 2024",
    );
    const ask = (query: string) =>
      app
        .request(`/v1/contacts/import${query}`, {
          method: "POST",
          headers: { ...auth, "content-type": "text/csv" },
          body: csv,
        })
        .then((r) => r.json() as Promise<Answer>);
    const dry = await ask("?dryRun=true");
    expect(dry.report.warnings).toEqual([
      { row: 5, message: 'email "ines..vaz@example.pt" cannot be stored; left out' },
      { row: 6, message: 'email ".taro@example.jp" cannot be stored; left out' },
      { row: 7, message: 'email "ana@example.c" cannot be stored; left out' },
    ]);
    // The preview shows them as they will be stored: without the address.
    expect(dry.contacts.map((c) => (c as { email?: string }).email)).toEqual([undefined, undefined, undefined]);
    const real = await ask("");
    expect(real.report).toEqual(dry.report);
    expect(real.stored).toBe(3);
  });
});
