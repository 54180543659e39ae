// Test support: contacts as the property tests generate them.
import fc from "fast-check";
import { CIRCLE_IDS, Contact, TIES } from "@enlist/core";

/** Text as people type it: letters of several scripts, punctuation vCard and CSV must escape, emoji. */
export const arbText = fc
  .array(fc.constantFrom("a", "Z", "é", "ß", "ñ", "山", "Ω", "😀", " ", ",", ";", "\\", '"', ":", "=", "+", "-", "@", "\n", "'", "(", "1"), { minLength: 1, maxLength: 40 })
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
