import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { contactSearchText, searchKey } from "./search-key";

describe("searchKey", () => {
  it.each([
    ["Núñez", "nunez"],
    ["JOSÉ", "jose"],
    ["Sørensen & Co", "sorensen & co"],
    ["Straße", "strasse"],
    ["Łódź", "lodz"],
    ["İstanbul", "istanbul"],
    ["Zoë Müller-Ångström", "zoe muller-angstrom"],
    ["王小明 🚀", "王小明 🚀"],
  ])("%s → %s", (text, key) => expect(searchKey(text)).toBe(key));

  it("gives the same key to a key (a stored text and a query meet halfway)", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: "grapheme-composite" }), fc.string({ unit: "binary" })),
        (s) => searchKey(searchKey(s)) === searchKey(s),
      ),
      { numRuns: 2000 },
    );
  });

  it("finds a contact by any of name, company, role, e-mail and field", () => {
    const text = contactSearchText({
      name: "José Núñez",
      company: "Diseño Ibérico",
      role: "Diseñadora",
      email: "jose@example.com",
    });
    for (const q of ["nunez", "jose nu", "diseno iberico", "JOSE@EXAMPLE"]) expect(text).toContain(searchKey(q));
  });
});
