import type { ImportedContact } from "../imported-contact";

/** The first record's fields, filled in from the second where the first has none; e-mails and phones joined. */
export function mergeContacts(first: ImportedContact, second: ImportedContact): ImportedContact {
  const merged: ImportedContact = { ...first };
  for (const key of [
    "email",
    "linkedInUrl",
    "company",
    "role",
    "transition",
    "note",
    "connectedOn",
    "externalId",
  ] as const) {
    if (merged[key] === undefined && second[key] !== undefined) (merged as Record<string, unknown>)[key] = second[key];
  }
  // The colleague mark goes with the company it was read from.
  if (first.company === undefined && second.currentColleague) {
    merged.currentColleague = true;
    if (second.colleagueReason !== undefined) merged.colleagueReason = second.colleagueReason;
  }
  const seen = new Set<string>();
  merged.emails = [...first.emails, ...second.emails].filter(
    (e) => !seen.has(e.toLowerCase()) && seen.add(e.toLowerCase()),
  );
  merged.phones = [...new Set([...first.phones, ...second.phones])];
  return merged;
}
