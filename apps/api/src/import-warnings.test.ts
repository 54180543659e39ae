import { describe, expect, it } from "vitest";
import { ENGINES, useTestApp } from "./test-app";

interface ImportAnswer {
  stored: number;
  report: {
    encoding: string;
    unreadable?: { bytes: number; rows: number[] };
    warnings: { row: number; message: string }[];
  };
}

const encoder = new TextEncoder();

describe.each(ENGINES)("what an import warns about, on %s", (engine) => {
  const app = useTestApp(engine);
  const importCsv = async (auth: Record<string, string>, body: Uint8Array | string) => {
    const res = await app.request("/v1/contacts/import", {
      method: "POST",
      headers: { ...auth, "content-type": "text/csv" },
      body,
    });
    expect(res.status).toBe(200);
    return (await res.json()) as ImportAnswer;
  };
  const names = async (auth: Record<string, string>) =>
    (
      (await (await app.request("/v1/contacts?limit=200", { headers: auth })).json()) as { items: { name: string }[] }
    ).items
      .map((c) => c.name)
      .sort();

  it("a stray byte in one row of a UTF-8 file: the others keep their accents, that row is named", async () => {
    const { auth } = await app.user();
    const rows = ["Søren,Dahl", "Zoë,Lind", "Åsa,Berg"].map((r) => encoder.encode(`${r},Nordic\n`));
    const damaged = new Uint8Array([...encoder.encode("Bj"), 0xff, ...encoder.encode("rn,Ek,Nordic\n")]);
    const file = new Uint8Array([
      ...encoder.encode("First Name,Last Name,Company\n"),
      ...rows[0]!,
      ...damaged,
      ...rows[1]!,
      ...rows[2]!,
    ]);
    const answer = await importCsv(auth, file);
    expect(answer.report).toMatchObject({ encoding: "utf-8", unreadable: { bytes: 1, rows: [3] } });
    expect(answer.report.warnings).toEqual([{ row: 3, message: expect.stringContaining("not valid UTF-8") }]);
    expect(await names(auth)).toEqual(["Bj\ufffdrn Ek", "Søren Dahl", "Zoë Lind", "Åsa Berg"]);
  });

  it("a 5,000-character name is cut to 200 with a warning naming its row", async () => {
    const { auth } = await app.user();
    const answer = await importCsv(
      auth,
      `First Name,Last Name,Company\n${"N".repeat(5_000)},Okafor,Lagos Labs\nAda,Eze,Lagos Labs\n`,
    );
    expect(answer.stored).toBe(2);
    expect(answer.report.warnings).toEqual([{ row: 2, message: expect.stringContaining("5,007 characters") }]);
    expect((await names(auth)).map((n) => n.length)).toEqual([7, 200]);
  });

  it("an unterminated quote does not merge the rows after it: each is stored, and the row is named", async () => {
    const { auth } = await app.user();
    const answer = await importCsv(
      auth,
      'First Name,Last Name,Company\nAda,"Eze,Lagos Labs\nTunde,Bakare,Ibadan Works\nChioma,Nwosu,Enugu Tech\n',
    );
    expect(answer.stored).toBe(3);
    expect(answer.report.warnings).toEqual([{ row: 2, message: expect.stringContaining("lines 2–4") }]);
    expect(await names(auth)).toEqual(['Ada "Eze', "Chioma Nwosu", "Tunde Bakare"]);
  });
});
