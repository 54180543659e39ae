import { describe, expect, it } from "vitest";
import { fixture } from "../test-files";
import { parseLinkedInConnections } from "./parse-linkedin-connections";

function parse(path: string, options = {}) {
  const r = parseLinkedInConnections(fixture(`linkedin/${path}`), options);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe("parseLinkedInConnections on real exports", () => {
  it("a quoted preamble, two blank lines, empty e-mails, a last row with no date", () => {
    const { contacts, report } = parse("flashesofbrilliance__linkedin-connections-toolkit__sample_connections.csv");
    expect(contacts.map((c) => c.name)).toEqual([
      "Ada Lovelace",
      "Grace Hopper",
      "Alan Turing",
      "Katherine Johnson",
      "Linus Torvalds",
      "Margaret Hamilton",
      "Tim Berners-Lee",
    ]);
    expect(contacts[0]).toMatchObject({
      company: "Analytical Engines",
      role: "Founder & CEO",
      connectedOn: "2026-05-14",
      linkedInUrl: "https://www.linkedin.com/in/ada",
      emails: [],
      tie: "weak",
      row: 6,
    });
    expect(contacts.every((c) => c.email === undefined)).toBe(true);
    expect(contacts[6]?.connectedOn).toBeUndefined();
    expect(report).toMatchObject({
      format: "linkedin-csv",
      rows: 7,
      imported: 7,
      skipped: [],
      warnings: [],
      duplicates: [],
    });
  });

  it("an unquoted two-line preamble and re-ordered columns with URL last", () => {
    const { contacts } = parse("labeldekho__linkedin-network-intelligence__tests_fixtures_Connections.csv");
    expect(contacts.map((c) => c.name)).toEqual([
      "Alice Johnson",
      "Bob Williams",
      "Carol Davis",
      "David Brown",
      "Eve Wilson",
      "Frank Miller",
      "Grace Lee",
      "Henry Taylor",
      "Ivy Martinez",
      "Jack Anderson",
    ]);
    expect(contacts[0]).toMatchObject({
      email: "alice.johnson@techcorp.com",
      company: "TechCorp",
      role: "CTO",
      connectedOn: "2023-01-15",
      linkedInUrl: "https://linkedin.com/in/alicejohnson",
    });
    expect(contacts[2]?.email).toBeUndefined();
  });

  it("BOM, CRLF, accents, emoji, quoted commas and quotes, an empty row, duplicate names, date forms", () => {
    const { contacts, report } = parse("enlist-synthetic-unicode-bom-crlf.csv");
    expect(contacts.map((c) => c.name)).toEqual([
      "José Núñez-García",
      "Nguyễn Văn An",
      "Zoë Müller",
      "Liam O’Connor",
      "Maya Patel",
      "Daniel Kim 🚀",
      "Hannah Lee, Jr.",
      "Priya Sharma",
      "Priya Sharma",
      "Tomás Ó Briain",
      '=HYPERLINK("http://example.com") Attacker',
    ]);
    const byName = (n: string) => contacts.find((c) => c.name === n);
    expect(byName("Maya Patel")).toMatchObject({
      company: "Stripe, Inc.",
      role: "Engineering Manager, Payments",
      connectedOn: "2022-02-14",
    });
    expect(byName("Hannah Lee, Jr.")?.company).toBe('"Quoted" Ventures');
    expect(byName("Nguyễn Văn An")).toMatchObject({
      connectedOn: "2023-09-01",
      transition: { from: "teacher", to: "Data Scientist" },
    });
    expect(byName("Zoë Müller")?.connectedOn).toBe("2025-09-12");
    expect(byName("Tomás Ó Briain")?.transition).toEqual({ from: "Teacher", to: "Learning Designer" });
    expect(report.skipped).toEqual([{ row: 12, reason: "no first or last name (the member hid their details)" }]);
    expect(report.duplicates).toMatchObject([{ row: 14, match: "name", with: { row: 13 }, action: "review" }]);
    expect(report.rows).toBe(12);
  });

  it("suggests circles from the pivot", () => {
    const pivot = {
      fromField: "teaching",
      toField: "learning design",
      targetRoles: ["instructional designer"],
      stillEmployed: true,
      weeklyMinutes: 60,
    };
    const { contacts } = parse("enlist-synthetic-unicode-bom-crlf.csv", { pivot });
    expect(contacts.find((c) => c.name === "Tomás Ó Briain")).toMatchObject({ circle: "pathfinders" });
    expect(contacts.find((c) => c.name === "Tomás Ó Briain")?.circleReason).toContain(
      "moved from Teacher to Learning Designer",
    );
  });

  it("puts those who fit no circle in none, says why, and counts them", () => {
    const pivot = {
      fromField: "teaching",
      toField: "learning design",
      targetRoles: ["instructional designer"],
      stillEmployed: true,
      weeklyMinutes: 60,
    };
    const { contacts, report } = parse("enlist-synthetic-unicode-bom-crlf.csv", { pivot });
    expect(contacts.find((c) => c.name === "Nguyễn Văn An")).toMatchObject({
      circle: null,
      circleReason: "Nguyễn Văn An moved from teacher to Data Scientist, not into learning design.",
    });
    expect(contacts.find((c) => c.name === "Liam O’Connor")).toMatchObject({
      circle: null,
      circleReason: expect.stringContaining("Nothing is known"),
    });
    expect(report.unsorted).toBe(contacts.filter((c) => c.circle === null).length);
    expect(report.unsorted).toBe(contacts.length - 1);
  });

  it("without a pivot, suggests nothing and counts no one as unsorted", () => {
    const { contacts, report } = parse("enlist-synthetic-unicode-bom-crlf.csv");
    expect(new Set(contacts.map((c) => c.circleReason))).toEqual(
      new Set(["no pivot given yet: sort them once you have set it"]),
    );
    expect(report.unsorted).toBe(0);
  });

  it("marks those who work at the pivot's current employer as current colleagues, with the reason", () => {
    const pivot = {
      fromField: "teaching",
      toField: "learning design",
      targetRoles: [],
      stillEmployed: true,
      currentEmployer: "Stripe",
      weeklyMinutes: 60,
    };
    const { contacts } = parse("enlist-synthetic-unicode-bom-crlf.csv", { pivot });
    const colleagues = contacts.filter((c) => c.currentColleague);
    expect(colleagues.map((c) => [c.name, c.colleagueReason])).toEqual([
      ["Maya Patel", "Works at Stripe, Inc., your current employer."],
    ]);
    // Without an employer in the pivot, nobody is.
    expect(
      parse("enlist-synthetic-unicode-bom-crlf.csv", { pivot: { ...pivot, currentEmployer: undefined } }).contacts.some(
        (c) => "currentColleague" in c,
      ),
    ).toBe(false);
  });

  it("a row merged into one with no company brings its colleague mark with its company", () => {
    const csv = [
      "First Name,Last Name,Email Address,Company,Position,Connected On",
      "Maria,Lopez,maria@example.com,,,05 Mar 2024",
      "Maria,Lopez,maria@example.com,Lincoln High,Assistant Principal,05 Mar 2024",
      "Dan,Okafor,dan@example.com,Washington High School,Teacher,05 Mar 2024",
    ].join("\n");
    const pivot = {
      fromField: "teaching",
      toField: "learning design",
      targetRoles: [],
      stillEmployed: true,
      currentEmployer: "Lincoln High School",
      weeklyMinutes: 60,
    };
    const r = parseLinkedInConnections(csv, { pivot });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.contacts.map((c) => [c.name, c.company, c.currentColleague, c.colleagueReason])).toEqual([
      ["Maria Lopez", "Lincoln High", true, "Works at Lincoln High, your current employer (Lincoln High School)."],
      ["Dan Okafor", "Washington High School", undefined, undefined],
    ]);
  });

  it("knows contacts already stored: the same e-mail is that person, the same name a possible duplicate", () => {
    const existing = [
      { id: "c9", name: "Someone", email: "ALICE.JOHNSON@techcorp.com" },
      { id: "c8", name: "Bob Williams" },
    ];
    const { contacts, report } = parse("labeldekho__linkedin-network-intelligence__tests_fixtures_Connections.csv", {
      existing,
    });
    expect(report.updates.map((u) => [u.row, u.match, u.existingId])).toEqual([[6, "email", "c9"]]);
    expect(contacts.map((c) => c.row)).not.toContain(6);
    expect(report.duplicates.map((d) => [d.row, d.match, d.with])).toEqual([[7, "name", { existingId: "c8" }]]);
  });
});

describe("parseLinkedInConnections on bad input", () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
  it.each([
    ["a PNG renamed .csv", png, "this is a PNG image"],
    ["an empty file", new Uint8Array(), "no header row"],
    ["a CSV of something else", "id,amount\n1,2\n", "no header row"],
    ["a million columns", `First Name,Last Name\n${",".repeat(1_000_000)}\n`, "1,000,001 columns"],
    ["binary garbage", new Uint8Array(Array.from({ length: 100_000 }, (_, i) => (i * 7919 + 13) % 256)), "binary"],
  ])("%s: a clear error", (_name, input, message) => {
    const r = parseLinkedInConnections(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain(message);
  });

  it("50 MB of text garbage fails fast, without a header", () => {
    const garbage = "lorem ipsum, dolor sit amet\n".repeat(1_900_000);
    const r = parseLinkedInConnections(garbage);
    expect(r).toMatchObject({ ok: false, error: { message: expect.stringContaining("first 50 lines") } });
  });

  it("bad e-mails, dates and URLs are left out with a warning; the row stays", () => {
    const csv =
      "First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAna,Ruiz,https://example.com/ana,not-an-email,Acme,Designer,31 Feb 2024\n";
    const r = parseLinkedInConnections(csv);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.contacts).toHaveLength(1);
    expect(r.value.contacts[0]).toMatchObject({ name: "Ana Ruiz", emails: [] });
    expect(r.value.report.warnings.map((w) => w.message)).toEqual([
      '"31 Feb 2024" is not a date; the connection date was left out',
      '"https://example.com/ana" is not a LinkedIn profile address; left out',
      '"not-an-email" is not an e-mail address; left out',
    ]);
  });

  it("an older export without URL", () => {
    const r = parseLinkedInConnections(
      "Notes:\nx\n\nFirst Name,Last Name,Email Address,Company,Position,Connected On\nAna,Ruiz,ana@example.com,Acme,Designer,05 Mar 2024\n",
    );
    expect(r).toMatchObject({
      ok: true,
      value: { contacts: [{ name: "Ana Ruiz", email: "ana@example.com", connectedOn: "2024-03-05" }] },
    });
  });
});

describe("parseLinkedInConnections: a wide line before the header", () => {
  it("is refused without parsing the rest", () => {
    const r = parseLinkedInConnections(`${",".repeat(600)}\nFirst Name,Last Name\nAna,Ruiz\n`);
    expect(r).toMatchObject({
      ok: false,
      error: { message: "line 1 has more than 500 columns; a contacts export has a few dozen at most" },
    });
  });
});
