import { matchCurrentEmployer, suggestCircle, type Pivot, type Tie } from "@enlist/core";
import { emailKey, linkedInKey, nameKey } from "./dedupe/keys";
import { mergeContacts } from "./dedupe/merge";
import type { Duplicate, ImportedContact, ImportFormat, ImportResult, RowWarning, SkippedRow, TextEncoding } from "./imported-contact";
import { transitionFromTitle } from "./transition";

/** What a parser read from one row or card, before circles and duplicates. */
export interface RawContact {
  row: number;
  name: string;
  emails: string[];
  linkedInUrl?: string;
  company?: string;
  role?: string;
  phones: string[];
  note?: string;
  connectedOn?: string;
  externalId?: string;
  circle?: ImportedContact["circle"];
  tie?: Tie;
}

/** What a parser read from a whole file. */
export interface ReadFile {
  /** Data rows (CSV) or cards (vCard). */
  rows: number;
  raws: readonly RawContact[];
  skipped: SkippedRow[];
  warnings: RowWarning[];
  encoding: TextEncoding;
}

/** A contact already stored, to find duplicates against. */
export interface ExistingContact {
  id: string;
  name: string;
  email?: string;
  linkedInUrl?: string;
}

export interface ImportOptions {
  /**
   * With the user's pivot, each contact gets a suggested circle (pathfinders, leaders, backers, or null: none
   * yet), and those who work at its current employer are marked as current colleagues.
   */
  pivot?: Pivot;
  /** Contacts already stored, to report duplicates against. */
  existing?: readonly ExistingContact[];
  /** The tie given to everyone imported; the user adjusts it per person later. */
  defaultTie?: Tie;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Turns raw rows into contacts: checks e-mails, reads transitions from titles, suggests circles, merges duplicates. */
export function assemble(format: ImportFormat, read: ReadFile, options: ImportOptions, defaultTie: Tie): ImportResult {
  const { rows, raws, skipped, warnings, encoding } = read;
  const contacts: ImportedContact[] = [];
  const duplicates: Duplicate[] = [];
  const byEmail = new Map<string, number>();
  const byUrl = new Map<string, number>();
  const byName = new Map<string, number>();
  const existingEmail = new Map<string, string>();
  const existingUrl = new Map<string, string>();
  const existingName = new Map<string, string>();
  for (const e of options.existing ?? []) {
    const ek = emailKey(e.email);
    const uk = linkedInKey(e.linkedInUrl);
    const nk = nameKey(e.name);
    if (ek && !existingEmail.has(ek)) existingEmail.set(ek, e.id);
    if (uk && !existingUrl.has(uk)) existingUrl.set(uk, e.id);
    if (nk && !existingName.has(nk)) existingName.set(nk, e.id);
  }

  for (const raw of raws) {
    const emails: string[] = [];
    for (const value of raw.emails) {
      const e = value.trim();
      if (EMAIL.test(e)) emails.push(e);
      else if (e) warnings.push({ row: raw.row, message: `"${e}" is not an e-mail address; left out` });
    }
    const transition = raw.role ? transitionFromTitle(raw.role) : undefined;
    // Fields are set one by one rather than spread: this runs for each of up to 30,000 rows.
    const contact: ImportedContact = {
      name: raw.name,
      emails,
      phones: raw.phones,
      tie: raw.tie ?? defaultTie,
      row: raw.row,
      circle: raw.circle ?? "backers",
      circleReason: raw.circle ? "kept from the file" : "no pivot given yet: sort them once you have set it",
    };
    if (emails[0]) contact.email = emails[0];
    if (raw.linkedInUrl) contact.linkedInUrl = raw.linkedInUrl;
    if (raw.company) contact.company = raw.company;
    if (raw.role) contact.role = raw.role;
    if (transition) contact.transition = transition;
    if (raw.note) contact.note = raw.note;
    if (raw.connectedOn) contact.connectedOn = raw.connectedOn;
    if (raw.externalId) contact.externalId = raw.externalId;
    if (options.pivot && !raw.circle) {
      // The role is read as the headline it often is ("UX Researcher | ex-teacher"); the transition read from it is not passed again.
      const s = suggestCircle({ name: contact.name, tie: contact.tie, role: contact.role, company: contact.company }, options.pivot);
      if (s.ok) {
        contact.circle = s.value.circle;
        contact.circleReason = s.value.reason;
      }
    }
    if (options.pivot?.currentEmployer && contact.company) {
      const colleague = matchCurrentEmployer(options.pivot, contact);
      if (colleague.colleague) {
        contact.currentColleague = true;
        contact.colleagueReason = colleague.reason;
      }
    }

    const ek = emailKey(contact.email);
    const uk = linkedInKey(contact.linkedInUrl);
    const nk = nameKey(contact.name);
    const same = (ek !== null ? byEmail.get(ek) : undefined) ?? (uk !== null ? byUrl.get(uk) : undefined);
    if (same !== undefined) {
      const first = contacts[same] as ImportedContact;
      const merged = mergeContacts(first, contact);
      contacts[same] = merged;
      duplicates.push({ row: raw.row, match: ek !== null && byEmail.get(ek) === same ? "email" : "linkedin", with: { row: first.row }, action: "merged", proposal: merged });
      continue;
    }
    const sameName = nk !== null ? byName.get(nk) : undefined;
    if (sameName !== undefined) {
      const first = contacts[sameName] as ImportedContact;
      duplicates.push({ row: raw.row, match: "name", with: { row: first.row }, action: "review", proposal: mergeContacts(first, contact) });
    }
    const existing = (ek !== null ? existingEmail.get(ek) : undefined) ?? (uk !== null ? existingUrl.get(uk) : undefined);
    const existingByName = existing === undefined && nk !== null ? existingName.get(nk) : undefined;
    if (existing !== undefined || existingByName !== undefined) {
      const match = existing !== undefined ? (ek !== null && existingEmail.get(ek) === existing ? "email" : "linkedin") : "name";
      duplicates.push({ row: raw.row, match, with: { existingId: (existing ?? existingByName) as string }, action: "review", proposal: contact });
    }
    const index = contacts.push(contact) - 1;
    if (ek !== null) byEmail.set(ek, index);
    if (uk !== null) byUrl.set(uk, index);
    if (nk !== null && !byName.has(nk)) byName.set(nk, index);
  }
  let unsorted = 0;
  for (const c of contacts) if (c.circle === null) unsorted++;
  return { contacts, report: { format, encoding, rows, imported: contacts.length, unsorted, skipped, warnings, duplicates } };
}
