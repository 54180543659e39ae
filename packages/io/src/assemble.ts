import { FIELD_LIMITS, matchCurrentEmployer, suggestCircle, type Pivot, type Tie } from "@enlist/core";
import {
  changesFor,
  comparedFields,
  differences,
  indexExisting,
  sameStored,
  type ExistingContact,
} from "./dedupe/existing";
import { emailKey, linkedInKey, nameKey } from "./dedupe/keys";
import { mergeContacts } from "./dedupe/merge";
import type {
  ContactUpdate,
  Duplicate,
  ImportedContact,
  ImportFormat,
  ImportResult,
  RowWarning,
  SkippedRow,
  TextEncoding,
} from "./imported-contact";
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
  /**
   * Read from Enlist's own export: its fields are taken as written (no transition read from the role, no
   * circle suggested, the colleague mark as the file says), and two rows are two contacts even when they
   * share an address, as they were in the Enlist they came from.
   */
  own?: boolean;
  transition?: ImportedContact["transition"];
  field?: string;
  connection?: string;
  status?: ImportedContact["status"];
  currentColleague?: boolean;
  trusted?: boolean;
  archived?: boolean;
  checkInWeeks?: number;
}

/** What a parser read from a whole file. */
export interface ReadFile {
  /** Data rows (CSV) or cards (vCard). */
  rows: number;
  raws: readonly RawContact[];
  skipped: SkippedRow[];
  warnings: RowWarning[];
  encoding: TextEncoding;
  /** decodeInput's count of stretches that were not UTF-8, if any. */
  invalidBytes?: number | undefined;
  /** The rows (lines, cards) those stretches fell in. */
  unreadableRows?: readonly number[];
}

export type { ExistingContact };

export interface ImportOptions {
  /**
   * With the user's pivot, each contact gets a suggested circle (pathfinders, leaders, backers, or null: none
   * yet), and those who work at its current employer are marked as current colleagues.
   */
  pivot?: Pivot;
  /**
   * Contacts already stored. A row with the same e-mail, LinkedIn profile or Enlist id is that person: it
   * becomes an update (`report.updates`) or counts as unchanged, never a new contact. The same name alone
   * is a possible duplicate, for the user to decide.
   */
  existing?: readonly ExistingContact[];
  /**
   * Rows the user said are the same person as the possible duplicate they were shown with (same name): merged
   * into the earlier row, or an update of the stored contact.
   */
  merge?: ReadonlySet<number>;
  /** The tie given to everyone imported; the user adjusts it per person later. */
  defaultTie?: Tie;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const NAME_MAX = FIELD_LIMITS.contact.name;

/** The first `max` code units of `text`, one fewer if the cut would split a character in two. */
function cut(text: string, max: number): string {
  const end = /[\ud800-\udbff]/.test(text.charAt(max - 1)) ? max - 1 : max;
  return text.slice(0, end);
}

/** Turns raw rows into contacts: checks e-mails, reads transitions from titles, suggests circles, merges duplicates. */
export function assemble(format: ImportFormat, read: ReadFile, options: ImportOptions, defaultTie: Tie): ImportResult {
  const { rows, raws, skipped, warnings, encoding } = read;
  if (read.invalidBytes) {
    for (const row of read.unreadableRows ?? []) {
      warnings.push({
        row,
        message:
          "holds bytes that are not valid UTF-8, shown as \ufffd: the rest of the file is UTF-8, so this row was probably damaged; check its fields",
      });
    }
  }
  const contacts: ImportedContact[] = [];
  const duplicates: Duplicate[] = [];
  const updates: ContactUpdate[] = [];
  let unchanged = 0;
  const byEmail = new Map<string, number>();
  const byUrl = new Map<string, number>();
  const byName = new Map<string, number>();
  const stored = indexExisting(options.existing ?? []);
  // The stored contacts some row already stands for, and that row: a second row for them is merged into it.
  const matchedRow = new Map<string, number>();
  const merge = options.merge ?? new Set<number>();

  /** This row is the stored contact `existing`: an update when it brings something new, else unchanged. */
  const updateStored = (contact: ImportedContact, existing: ExistingContact, match: ContactUpdate["match"]) => {
    const earlier = matchedRow.get(existing.id);
    if (earlier !== undefined) {
      duplicates.push({
        row: contact.row,
        match: match === "id" ? "email" : match,
        with: { row: earlier },
        action: "merged",
        proposal: contact,
      });
      return;
    }
    matchedRow.set(existing.id, contact.row);
    const changes = changesFor(existing, contact);
    if (changes.length > 0)
      updates.push({ row: contact.row, existingId: existing.id, name: existing.name, match, changes });
    else unchanged++;
  };

  for (const raw of raws) {
    const emails: string[] = [];
    for (const value of raw.emails) {
      const e = value.trim();
      if (EMAIL.test(e)) emails.push(e);
      else if (e) warnings.push({ row: raw.row, message: `"${e}" is not an e-mail address; left out` });
    }
    const transition = raw.own ? raw.transition : raw.role ? transitionFromTitle(raw.role) : undefined;
    // Fields are set one by one rather than spread: this runs for each of up to 30,000 rows.
    let name = raw.name;
    // A contact's name has a limit the API holds to; a longer one (a pasted paragraph, a damaged row) is
    // cut here, where the row can be named, rather than silently when it is stored.
    if (name.length > NAME_MAX) {
      warnings.push({
        row: raw.row,
        message: `the name is ${name.length.toLocaleString("en")} characters, more than the ${NAME_MAX} a contact's name may hold; only its first ${NAME_MAX} were kept`,
      });
      name = cut(name, NAME_MAX);
    }
    const contact: ImportedContact = {
      name,
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
    if (raw.own) {
      if (raw.field) contact.field = raw.field;
      if (raw.connection) contact.connection = raw.connection;
      if (raw.status) contact.status = raw.status;
      if (raw.currentColleague !== undefined) contact.currentColleague = raw.currentColleague;
      if (raw.trusted !== undefined) contact.trusted = raw.trusted;
      if (raw.archived !== undefined) contact.archived = raw.archived;
      if (raw.checkInWeeks !== undefined) contact.checkInWeeks = raw.checkInWeeks;
    }
    if (options.pivot && !raw.circle) {
      // The role is read as the headline it often is ("UX Researcher | ex-teacher"); the transition read from it is not passed again.
      const s = suggestCircle(
        { name: contact.name, tie: contact.tie, role: contact.role, company: contact.company },
        options.pivot,
      );
      if (s.ok) {
        contact.circle = s.value.circle;
        contact.circleReason = s.value.reason;
      }
    }
    if (!raw.own && options.pivot?.currentEmployer && contact.company) {
      const colleague = matchCurrentEmployer(options.pivot, contact);
      if (colleague.colleague) {
        contact.currentColleague = true;
        contact.colleagueReason = colleague.reason;
      }
    }

    const known = sameStored(stored, contact);
    if (known) {
      updateStored(contact, known.existing, known.match);
      continue;
    }
    const ek = emailKey(contact.email);
    const uk = linkedInKey(contact.linkedInUrl);
    const nk = nameKey(contact.name);
    const same = (ek !== null ? byEmail.get(ek) : undefined) ?? (uk !== null ? byUrl.get(uk) : undefined);
    const match = ek !== null && byEmail.get(ek) === same ? "email" : "linkedin";
    if (same !== undefined && !raw.own) {
      const first = contacts[same] as ImportedContact;
      const merged = mergeContacts(first, contact);
      contacts[same] = merged;
      duplicates.push({ row: raw.row, match, with: { row: first.row }, action: "merged", proposal: merged });
      continue;
    }
    const sameName = nk !== null ? byName.get(nk) : undefined;
    if (same !== undefined) {
      // Two contacts of the Enlist the file came from: kept both, shown for the user to decide.
      const first = contacts[same] as ImportedContact;
      duplicates.push({
        row: raw.row,
        match,
        with: { row: first.row },
        action: "review",
        proposal: mergeContacts(first, contact),
        differences: differences(contact, first),
        other: comparedFields(first),
      });
    } else if (sameName !== undefined) {
      const first = contacts[sameName] as ImportedContact;
      if (merge.has(raw.row)) {
        const merged = mergeContacts(first, contact);
        contacts[sameName] = merged;
        duplicates.push({ row: raw.row, match: "name", with: { row: first.row }, action: "merged", proposal: merged });
        continue;
      }
      duplicates.push({
        row: raw.row,
        match: "name",
        with: { row: first.row },
        action: "review",
        proposal: mergeContacts(first, contact),
        differences: differences(contact, first),
        other: comparedFields(first),
      });
    }
    const namesake = nk !== null ? stored.byName.get(nk) : undefined;
    if (namesake !== undefined) {
      if (merge.has(raw.row)) {
        updateStored(contact, namesake, "name");
        continue;
      }
      duplicates.push({
        row: raw.row,
        match: "name",
        with: { existingId: namesake.id },
        action: "review",
        proposal: contact,
        differences: differences(contact, namesake),
        other: comparedFields(namesake),
      });
    }
    const index = contacts.push(contact) - 1;
    if (ek !== null && !byEmail.has(ek)) byEmail.set(ek, index);
    if (uk !== null && !byUrl.has(uk)) byUrl.set(uk, index);
    if (nk !== null && !byName.has(nk)) byName.set(nk, index);
  }
  // Parsers warn row by row as they read; what was added here since goes in its place.
  warnings.sort((a, b) => a.row - b.row);
  let unsorted = 0;
  for (const c of contacts) if (c.circle === null) unsorted++;
  const report: ImportResult["report"] = {
    format,
    encoding,
    rows,
    imported: contacts.length,
    updates,
    unchanged,
    unsorted,
    skipped,
    warnings,
    duplicates,
  };
  if (read.invalidBytes) report.unreadable = { bytes: read.invalidBytes, rows: [...(read.unreadableRows ?? [])] };
  return { contacts, report };
}
