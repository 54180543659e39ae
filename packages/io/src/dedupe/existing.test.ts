import { describe, expect, it } from "vitest";
import { parseLinkedInConnections } from "../linkedin/parse-linkedin-connections";
import type { ExistingContact } from "./existing";

const HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On";
const csv = (...rows: string[]) => [HEADER, ...rows].join("\r\n") + "\r\n";
const read = (text: string, existing: ExistingContact[], merge?: number[]) => {
  const r = parseLinkedInConnections(text, { existing, ...(merge ? { merge: new Set(merge) } : {}) });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

const stored: ExistingContact[] = [
  {
    id: "con_1",
    name: "Wren Halvorsen",
    linkedInUrl: "https://www.linkedin.com/in/Wren-Halvorsen/",
    company: "Fjord Labs",
    role: "Teacher",
  },
  { id: "con_2", name: "Obi Mensah", email: "obi@example.net", company: "Kite", role: "Analyst" },
  { id: "con_3", name: "Lena Brandt", linkedInUrl: "https://www.linkedin.com/in/lena-brandt-7", company: "Orbit" },
];

describe("rows that are someone already stored", () => {
  it("the same file again: nothing new, nothing changed, no possible duplicates", () => {
    // The profile as LinkedIn writes it now: another scheme, no www, no trailing slash, other case.
    const r = read(
      csv(
        "Wren,Halvorsen,http://linkedin.com/in/wren-halvorsen,,Fjord Labs,Teacher,01 Feb 2022",
        "Obi,Mensah,,OBI@example.net,Kite,Analyst,02 Feb 2022",
      ),
      stored,
    );
    expect(r.contacts).toEqual([]);
    expect(r.report).toMatchObject({ imported: 0, updates: [], unchanged: 2, duplicates: [] });
  });

  it("a new company or role updates them, and the report says what changed; an address is added, never swapped", () => {
    const r = read(
      csv(
        "Wren,Halvorsen,https://www.linkedin.com/in/wren-halvorsen,wren@example.org,Tern Studio,UX Researcher,01 Feb 2022",
        "Obi,Mensah,https://www.linkedin.com/in/obi-m,obi@example.net,Kite,Senior Analyst,02 Feb 2022",
      ),
      stored,
    );
    expect(r.contacts).toEqual([]);
    expect(r.report.unchanged).toBe(0);
    expect(r.report.updates).toEqual([
      {
        row: 2,
        existingId: "con_1",
        name: "Wren Halvorsen",
        match: "linkedin",
        changes: [
          { field: "company", from: "Fjord Labs", to: "Tern Studio" },
          { field: "role", from: "Teacher", to: "UX Researcher" },
          { field: "email", to: "wren@example.org" },
        ],
      },
      {
        row: 3,
        existingId: "con_2",
        name: "Obi Mensah",
        match: "email",
        changes: [
          { field: "role", from: "Analyst", to: "Senior Analyst" },
          { field: "linkedInUrl", to: "https://www.linkedin.com/in/obi-m" },
        ],
      },
    ]);
  });

  it("a blank in the file erases nothing", () => {
    const r = read(csv("Wren,Halvorsen,https://linkedin.com/in/wren-halvorsen,,,,"), stored);
    expect(r.report).toMatchObject({ updates: [], unchanged: 1 });
  });

  it("one row twice: the second is merged into the first, not a possible duplicate", () => {
    const row = "Lena,Brandt,https://linkedin.com/in/lena-brandt-7/,,Orbit,,03 Mar 2023";
    const r = read(csv(row, row), stored);
    expect(r.report.unchanged).toBe(1);
    expect(r.report.duplicates).toMatchObject([{ row: 3, match: "linkedin", with: { row: 2 }, action: "merged" }]);
  });
});

describe("possible duplicates: the same name, another or no profile", () => {
  const namesake = csv(
    "Lena,Brandt,https://www.linkedin.com/in/lena-brandt-berlin,lena@example.de,Nordwind,Designer,04 Apr 2024",
  );

  it("are shown side by side with what differs, and kept apart unless the user merges them", () => {
    const r = read(namesake, stored);
    expect(r.contacts.map((c) => c.name)).toEqual(["Lena Brandt"]);
    expect(r.report.duplicates).toEqual([
      expect.objectContaining({
        row: 2,
        match: "name",
        with: { existingId: "con_3" },
        action: "review",
        other: { name: "Lena Brandt", linkedInUrl: "https://www.linkedin.com/in/lena-brandt-7", company: "Orbit" },
        differences: [
          { field: "email", row: "lena@example.de" },
          {
            field: "linkedInUrl",
            row: "https://www.linkedin.com/in/lena-brandt-berlin",
            other: "https://www.linkedin.com/in/lena-brandt-7",
          },
          { field: "company", row: "Nordwind", other: "Orbit" },
          { field: "role", row: "Designer" },
        ],
      }),
    ]);
  });

  it("merged, they update the stored contact", () => {
    const r = read(namesake, stored, [2]);
    expect(r.contacts).toEqual([]);
    expect(r.report.duplicates).toEqual([]);
    expect(r.report.updates).toEqual([
      {
        row: 2,
        existingId: "con_3",
        name: "Lena Brandt",
        match: "name",
        changes: [
          { field: "company", from: "Orbit", to: "Nordwind" },
          { field: "role", to: "Designer" },
          { field: "email", to: "lena@example.de" },
        ],
      },
    ]);
  });

  it("within one file: kept both, or merged into the earlier row when the user says so", () => {
    const text = csv("Ada,Quist,https://linkedin.com/in/ada-q,,Moss,,", "Ada,Quist,,ada@example.com,,Writer,");
    const kept = read(text, []);
    expect(kept.contacts).toHaveLength(2);
    expect(kept.report.duplicates).toMatchObject([
      {
        row: 3,
        with: { row: 2 },
        action: "review",
        differences: [
          { field: "email", row: "ada@example.com" },
          { field: "linkedInUrl", other: "https://linkedin.com/in/ada-q" },
          { field: "company", other: "Moss" },
          { field: "role", row: "Writer" },
        ],
      },
    ]);
    const merged = read(text, [], [3]);
    expect(merged.contacts).toMatchObject([
      {
        name: "Ada Quist",
        email: "ada@example.com",
        linkedInUrl: "https://linkedin.com/in/ada-q",
        company: "Moss",
        role: "Writer",
      },
    ]);
    expect(merged.report.duplicates).toMatchObject([{ row: 3, match: "name", action: "merged" }]);
  });
});
