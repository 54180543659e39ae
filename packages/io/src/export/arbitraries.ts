// Test support: contacts as the property tests generate them.
import fc from "fast-check";
import { CIRCLE_IDS, CONTACT_STATUSES, Contact, TIES } from "@enlist/core";
import type { ImportedContact } from "../imported-contact";

/** Text as people type it: letters of several scripts, punctuation vCard and CSV must escape, emoji. */
export const arbText = fc
  .array(
    fc.constantFrom(
      "a",
      "Z",
      "é",
      "ß",
      "ñ",
      "山",
      "Ω",
      "😀",
      " ",
      ",",
      ";",
      "\\",
      '"',
      ":",
      "=",
      "+",
      "-",
      "@",
      "\n",
      "'",
      "(",
      "1",
    ),
    { minLength: 1, maxLength: 40 },
  )
  .map((chars) => chars.join("").trim())
  .filter((s) => s.length > 0);

export const arbContact: fc.Arbitrary<Contact> = fc.record(
  {
    id: fc.uuid(),
    name: arbText,
    circle: fc.constantFrom(...CIRCLE_IDS),
    tie: fc.constantFrom(...TIES),
    company: arbText,
    role: arbText,
    researchNotes: arbText,
    // Only addresses the Contact schema accepts: fast-check's include some zod (rightly) refuses.
    email: fc.emailAddress().filter((e) => Contact.shape.email.safeParse(e).success),
    linkedInUrl: fc.stringMatching(/^[a-z0-9-]{3,20}$/).map((s) => `https://www.linkedin.com/in/${s}`),
  },
  { requiredKeys: ["id", "name", "circle", "tie"] },
);

/**
 * Contacts with every field an Enlist contact can have, as Enlist stores them: what its CSV and vCard
 * exports must carry. Ids are unique, as they are in one Enlist.
 */
export const arbFullContact: fc.Arbitrary<Contact> = fc.record(
  {
    id: fc.stringMatching(/^con_[0-9a-z]{6,25}$/),
    name: arbText,
    circle: fc.constantFrom(...CIRCLE_IDS),
    tie: fc.constantFrom(...TIES),
    currentColleague: fc.boolean(),
    trusted: fc.boolean(),
    company: arbText,
    role: arbText,
    field: arbText,
    connection: arbText,
    transition: fc.record({ from: arbText, to: arbText }),
    researchNotes: arbText,
    email: fc.emailAddress().filter((e) => Contact.shape.email.safeParse(e).success),
    linkedInUrl: fc.stringMatching(/^[a-z0-9-]{3,20}$/).map((s) => `https://www.linkedin.com/in/${s}`),
    status: fc.constantFrom(...CONTACT_STATUSES),
    connectedOn: fc
      .integer({ min: 15_000, max: 21_000 })
      .map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10)),
    archived: fc.boolean(),
    checkInWeeks: fc.integer({ min: 1, max: 52 }),
  },
  { requiredKeys: ["id", "name", "circle", "tie"] },
);

export const arbContacts = fc.uniqueArray(arbFullContact, { maxLength: 8, selector: (c) => c.id });

/** An imported contact as the Enlist contact it stands for: what the API stores from it. */
export function asContact(c: ImportedContact): Partial<Contact> {
  const out: Record<string, unknown> = { id: c.externalId, name: c.name, circle: c.circle, tie: c.tie };
  const carried = {
    currentColleague: c.currentColleague,
    trusted: c.trusted,
    company: c.company,
    role: c.role,
    field: c.field,
    connection: c.connection,
    transition: c.transition,
    researchNotes: c.note,
    email: c.email,
    linkedInUrl: c.linkedInUrl,
    status: c.status,
    connectedOn: c.connectedOn,
    archived: c.archived,
    checkInWeeks: c.checkInWeeks,
  };
  for (const [k, v] of Object.entries(carried)) if (v !== undefined) out[k] = v;
  return out as Partial<Contact>;
}
