import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseVCards } from "../vcard/parse-vcards";
import { arbContact } from "./arbitraries";
import { toVCard } from "./to-vcard";

describe("toVCard", () => {
  it("writes vCard 4.0 with CRLF and lines of at most 75 octets", () => {
    const card = toVCard([{ id: "c1", name: "José Núñez", circle: "leaders", tie: "stranger", researchNotes: "Her talk; on microlearning, at DevLearn\nsecond line ".repeat(4) }]);
    expect(card.startsWith("BEGIN:VCARD\r\nVERSION:4.0\r\n")).toBe(true);
    for (const line of card.split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(card).toContain("NOTE:Her talk\\; on microlearning\\, at DevLearn\\nsecond line");
  });

  it("parseVCards(toVCard(x)) gives back x", () => {
    fc.assert(
      fc.property(fc.array(arbContact, { maxLength: 6 }), (contacts) => {
        const r = parseVCards(toVCard(contacts));
        if (contacts.length === 0) return;
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        const back = r.value.contacts.map((c) => ({
          id: c.externalId,
          name: c.name,
          circle: c.circle,
          tie: c.tie,
          ...(c.company !== undefined ? { company: c.company } : {}),
          ...(c.role !== undefined ? { role: c.role } : {}),
          ...(c.note !== undefined ? { researchNotes: c.note } : {}),
          ...(c.email !== undefined ? { email: c.email } : {}),
          ...(c.linkedInUrl !== undefined ? { linkedInUrl: c.linkedInUrl } : {}),
        }));
        // Duplicates by e-mail or profile merge on import, so compare against the first of each.
        const seen = new Set<string>();
        const expected = contacts.filter((c) => {
          const keys = [c.email?.toLowerCase(), c.linkedInUrl?.toLowerCase()].filter(Boolean) as string[];
          const dup = keys.some((k) => seen.has(k));
          for (const k of keys) seen.add(k);
          return !dup;
        });
        const carried = ["id", "name", "circle", "tie", "company", "role", "researchNotes", "email", "linkedInUrl"] as const;
        expect(back).toEqual(expected.map((c) => Object.fromEntries(carried.filter((k) => c[k] !== undefined).map((k) => [k, c[k]]))));
      }),
    );
  });
});
