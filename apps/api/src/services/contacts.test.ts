import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { contactDocument } from "../db/contact-document";
import { ContactInput, toRow } from "./contacts";

const base = { circle: "leaders", tie: "stranger" } as const;

describe("a stored contact's document", () => {
  it("is the contact as the API shows it, whatever its fields hold", () => {
    const inputs: { name: string; status?: string; [field: string]: unknown }[] = [
      { ...base, name: "Sarah Chen" },
      {
        ...base,
        name: 'Hannah "Quoted" Lee, Jr. \\ 🚀',
        status: "engaged",
        company: "Kim & Partners",
        transition: { from: "Teacher", to: "Designer" },
        researchNotes: "line one\nline two",
      },
    ];
    for (const input of inputs) {
      const row = toRow(
        "usr_1",
        "con_1",
        ContactInput.parse(input),
        4,
        "2026-01-01T00:00:00.000Z",
        "2026-02-01T00:00:00.000Z",
      );
      const doc = JSON.parse(row.data);
      expect(doc).toEqual({
        ...ContactInput.parse(input),
        id: "con_1",
        status: input.status ?? "new",
        createdAt: "2026-01-01T00:00:00.000Z",
        updatedAt: "2026-02-01T00:00:00.000Z",
        version: 4,
      });
      // The same as made from the columns, which is how documents stored before were rewritten.
      expect(contactDocument(row)).toEqual(doc);
    }
  });

  it("is valid JSON for any name and fields a client can send", () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0),
        fc.option(fc.string({ maxLength: 60 }), { nil: undefined }),
        (name, company) => {
          const input = ContactInput.parse({ ...base, name, ...(company !== undefined ? { company } : {}) });
          const row = toRow("usr_1", "con_x", input, 1, "2026-01-01T00:00:00.000Z", "2026-01-01T00:00:00.000Z");
          expect(JSON.parse(row.data)).toEqual(contactDocument(row));
          expect(JSON.parse(row.data).name).toBe(input.name);
        },
      ),
    );
  });
});
