import fc from "fast-check";
import { Contact } from "@enlist/core";
import { describe, expect, it } from "vitest";
import { arbContacts, asContact } from "../export/arbitraries";
import { toCsv } from "../export/to-csv";
import { toVCard } from "../export/to-vcard";
import { parseVCards } from "../vcard/parse-vcards";
import { parseEnlistCsv } from "./parse-enlist-csv";

/** One contact with every field a Contact has: if core adds one, this list says the exports must carry it. */
const everything: Required<Contact> = {
  id: "con_0abc",
  name: "Inès Okafor-Lindqvist",
  circle: "pathfinders",
  tie: "acquaintance",
  currentColleague: false,
  trusted: true,
  company: '=Harbour, "Bridge" & Co',
  role: "'+Research Ops",
  field: "service design",
  connection: "met at a meetup; second line\nhere",
  transition: { from: "nursing", to: "service design" },
  researchNotes: "Her write-up on clinic queues",
  email: "ines@example.org",
  linkedInUrl: "https://www.linkedin.com/in/ines-ol",
  status: "engaged",
  connectedOn: "2021-06-30",
  archived: true,
  checkInWeeks: 6,
};

const back = (r: ReturnType<typeof parseEnlistCsv>) => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value.contacts.map(asContact);
};

describe("Enlist's own CSV, read back", () => {
  it("carries every field of a contact", () => {
    expect(Object.keys(everything).sort()).toEqual(Object.keys(Contact.shape).sort());
    expect(back(parseEnlistCsv(toCsv([everything])))).toEqual([everything]);
    const card = parseVCards(toVCard([everything]));
    expect(card.ok && card.value.contacts.map(asContact)).toEqual([everything]);
  });

  it("parseEnlistCsv(toCsv(x)) gives back x, and so does parseVCards(toVCard(x))", () => {
    fc.assert(
      fc.property(arbContacts, (contacts) => {
        const csv = parseEnlistCsv(toCsv(contacts));
        expect(back(csv)).toEqual(contacts);
        if (csv.ok) expect(csv.value.report.warnings).toEqual([]);
        if (contacts.length === 0) return;
        const cards = parseVCards(toVCard(contacts));
        expect(cards.ok && cards.value.contacts.map(asContact)).toEqual(contacts);
      }),
    );
  });

  it("keeps two contacts that share an address as two, shown for review", () => {
    const a = { id: "con_a1", name: "Sam Ortiz", circle: "backers", tie: "friend", email: "sam@example.com" } as const;
    const b = { ...a, id: "con_b2", name: "Samantha Ortiz" };
    const r = parseEnlistCsv(toCsv([a, b]));
    expect(back(r)).toEqual([a, b]);
    expect(r.ok && r.value.report.duplicates).toMatchObject([
      { match: "email", action: "review", differences: [{ field: "name", row: "Samantha Ortiz", other: "Sam Ortiz" }] },
    ]);
  });

  it("says what it left out of a file edited by hand, and suggests a circle for a wrong one", () => {
    const text =
      "Name,Circle,Tie,Status,Current Colleague,Transition From,Check In Weeks\r\nLeo Park,friends,buddy,asleep,maybe,teaching,99\r\n";
    const r = parseEnlistCsv(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.contacts).toMatchObject([{ name: "Leo Park", circle: "backers", tie: "acquaintance" }]);
    expect(r.value.contacts[0]?.status).toBeUndefined();
    expect(r.value.report.warnings.map((w) => w.message)).toEqual([
      '"friends" is not a circle (backers, leaders or pathfinders); one is suggested instead',
      '"buddy" is not a tie Enlist knows; the default was given',
      '"asleep" is not a status Enlist knows; left out',
      '"maybe" under Current Colleague is neither yes nor no; left out',
      '"99" under Check In Weeks is not a number of weeks from 1 to 52; left out',
      "a transition needs both the field they left and the one they moved into; left out",
    ]);
  });

  it("refuses a CSV without Enlist's header", () => {
    const r = parseEnlistCsv("First Name,Last Name\r\nA,B\r\n");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain('"Name", "Circle" and "Tie"');
  });
});
