import fc from "fast-check";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { arbContact } from "./arbitraries";
import { csvCell, FORMULA_START, toCsv } from "./to-csv";

const parseCsv = (csv: string) =>
  Papa.parse<string[]>(csv.replace(/^\uFEFF/, ""), { delimiter: ",", newline: "\r\n", skipEmptyLines: true }).data;

describe("toCsv", () => {
  it("neutralises cells a spreadsheet would run (OWASP CSV injection)", () => {
    expect(csvCell('=HYPERLINK("http://evil.example")')).toBe(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(csvCell("@SUM(1+1)")).toBe("'@SUM(1+1)");
    expect(csvCell("+cmd")).toBe("'+cmd");
    expect(csvCell("-2+3")).toBe("'-2+3");
    expect(csvCell("\tx")).toBe("'\tx");
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell("'=1")).toBe("''=1");
    expect(csvCell("it's")).toBe("it's");
  });

  it("no string, anywhere in a contact, ever yields a cell that starts a formula", () => {
    fc.assert(
      fc.property(fc.array(arbContact, { maxLength: 5 }), fc.string(), (contacts, evil) => {
        const rows = parseCsv(
          toCsv([
            ...contacts,
            { id: "x", name: evil || "x", circle: "backers", tie: "weak", company: evil, role: `=${evil}` },
          ]),
        );
        for (const row of rows) for (const cellValue of row) expect(cellValue).not.toMatch(/^[=+\-@\t\r]/);
      }),
    );
  });

  it("keeps every value, quoting commas, quotes and line breaks", () => {
    fc.assert(
      fc.property(fc.array(arbContact, { minLength: 1, maxLength: 5 }), (contacts) => {
        const rows = parseCsv(toCsv(contacts));
        expect(rows).toHaveLength(contacts.length + 1);
        contacts.forEach((c, i) => {
          const name = rows[i + 1]?.[0] ?? "";
          // One apostrophe is put before a formula start, counting apostrophes already there ("'=x" → "''=x").
          expect(FORMULA_START.test(c.name) ? name.slice(1) : name).toBe(c.name);
          expect(rows[i + 1]?.[1]).toBe(c.circle);
        });
      }),
    );
  });

  it("starts with a byte-order mark and a header, with CRLF line endings", () => {
    const csv = toCsv([{ id: "1", name: "Ana Ruiz", circle: "pathfinders", tie: "weak" }]);
    expect(csv.startsWith("\uFEFFName,Circle,Tie,")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv.replace(/\r\n/g, "")).not.toMatch(/\n/);
  });
});
