import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseVCards } from "../vcard/parse-vcards";
import { arbContact, asContact } from "./arbitraries";
import { toVCard } from "./to-vcard";

describe("toVCard", () => {
  it("writes vCard 4.0 with CRLF and lines of at most 75 octets", () => {
    const card = toVCard([
      {
        id: "c1",
        name: "José Núñez",
        circle: "leaders",
        tie: "stranger",
        researchNotes: "Her talk; on microlearning, at DevLearn\nsecond line ".repeat(4),
      },
    ]);
    expect(card.startsWith("BEGIN:VCARD\r\nVERSION:4.0\r\n")).toBe(true);
    for (const line of card.split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(card).toContain("NOTE:Her talk\\; on microlearning\\, at DevLearn\\nsecond line");
  });

  it("parseVCards(toVCard(x)) gives back x, two cards that share an address staying two", () => {
    fc.assert(
      fc.property(fc.uniqueArray(arbContact, { maxLength: 6, selector: (c) => c.id }), (contacts) => {
        if (contacts.length === 0) return;
        const r = parseVCards(toVCard(contacts));
        expect(r.ok && r.value.contacts.map(asContact)).toEqual(contacts);
      }),
    );
  });
});
