import { describe, expect, it } from "vitest";
import { parseGoogleContactsCsv } from "../google/parse-google-contacts-csv";
import { parseLinkedInConnections } from "../linkedin/parse-linkedin-connections";

const HEADER = "First Name,Last Name,Email Address,Company,Position";

const read = (text: string) => {
  const result = parseLinkedInConnections(text);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

describe("a quote that is never closed", () => {
  it("does not join the rows after it into one: each line is its own row, and the line is named", () => {
    const { contacts, report } = read(
      [
        HEADER,
        'Ingrid,"Holm,ingrid@example.no,Fjord AS,Teacher',
        "Kwame,Mensah,kwame@example.gh,Accra Labs,Analyst",
        'Lena,Berg,,"Nord, Syd",Designer',
        "",
      ].join("\n"),
    );
    expect(contacts.map((c) => [c.row, c.name, c.company])).toEqual([
      [2, 'Ingrid "Holm', "Fjord AS"],
      [3, "Kwame Mensah", "Accra Labs"],
      [4, "Lena Berg", "Nord, Syd"],
    ]);
    expect(report.rows).toBe(3);
    expect(report.warnings).toEqual([{ row: 2, message: expect.stringContaining("quote") }]);
    expect(report.warnings[0]?.message).toContain("lines 2–4");
  });

  it("a quote that closes a line later with text after it still leaves the rows apart", () => {
    const { contacts, report } = read(
      [
        HEADER,
        'Ingrid,"Holm,,Fjord AS,Teacher',
        'Kwame,Mensah,,"Accra Labs"x,Analyst',
        "Lena,Berg,,Nord,Designer",
      ].join("\r\n"),
    );
    expect(contacts.map((c) => c.row)).toEqual([2, 3, 4]);
    expect(contacts[2]?.name).toBe("Lena Berg");
    expect(report.warnings.map((w) => w.row)).toEqual([2, 3]);
  });

  it("leaves a quoted field across lines alone: that is how a note with line breaks is written", () => {
    const google = parseGoogleContactsCsv(
      [
        "Name,E-mail 1 - Value,Notes",
        'Ana Ruiz,ana@example.com,"met at the fair',
        'ask about the course"',
        "Bo Lee,bo@example.com,",
      ].join("\n"),
    );
    if (!google.ok) throw new Error(google.error.message);
    expect(google.value.contacts.map((c) => [c.row, c.name])).toEqual([
      [2, "Ana Ruiz"],
      [4, "Bo Lee"],
    ]);
    expect(google.value.report.warnings).toEqual([]);
  });
});

describe("a name longer than a contact's name may be", () => {
  it("is cut to the limit with a warning naming the row", () => {
    const long = "A".repeat(5_000);
    const { contacts, report } = read([HEADER, `${long},Berg,,,`, "Kwame,Mensah,,,"].join("\n"));
    expect(contacts[0]?.name).toHaveLength(200);
    expect(report.warnings).toEqual([{ row: 2, message: expect.stringContaining("5,005 characters") }]);
  });

  it("is never cut inside a character made of two code units", () => {
    const { contacts } = read([HEADER, `${"x".repeat(199)}😀,Berg,,,`].join("\n"));
    expect(contacts[0]?.name).toBe("x".repeat(199));
  });
});
