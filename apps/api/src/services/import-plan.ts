import {
  parseEnlistCsv,
  parseGoogleContactsCsv,
  parseLinkedInConnections,
  parseVCards,
  type ContactUpdate,
  type ImportedContact,
  type ImportFormat,
  type ImportReport,
  type RowWarning,
} from "@enlist/io";
import { Effect } from "effect";
import { InvalidFile } from "../errors";
import { allContacts, ContactInput, pivotOrNone, withMarks, type ContactRecord, type StoredContact } from "./contacts";

/** A stored contact brought up to date by an import: written only if it is still at `version`. */
export interface PlannedUpdate {
  id: string;
  version: number;
  createdAt: string;
  record: ContactRecord;
}

/**
 * What an import will do, worked out in full before anything is written: the dry run answers with it and
 * the import writes it, so the preview shows every warning and skipped row the import will give.
 */
export interface ImportPlan {
  /** The new contacts as they will be stored (fields that cannot be stored taken out), for the preview. */
  contacts: ImportedContact[];
  report: ImportReport;
  creates: ContactRecord[];
  updates: PlannedUpdate[];
}

/** The optional fields an imported contact is stored with, and where each comes from. */
const STORED_FIELDS = [
  ["email", "email"],
  ["linkedInUrl", "linkedInUrl"],
  ["company", "company"],
  ["role", "role"],
  ["field", "field"],
  ["connection", "connection"],
  ["transition", "transition"],
  ["researchNotes", "note"],
  ["connectedOn", "connectedOn"],
  ["trusted", "trusted"],
  ["archived", "archived"],
  ["checkInWeeks", "checkInWeeks"],
] as const satisfies readonly (readonly [keyof ContactInput, keyof ImportedContact])[];

const shown = (value: unknown) => String(typeof value === "object" ? JSON.stringify(value) : value).slice(0, 80);

/** A value the Contact schema takes for this field; else a warning, and the field is left out. */
function storable(key: keyof typeof ContactInput.shape, value: unknown, row: number, warnings: RowWarning[]): boolean {
  if (ContactInput.shape[key].safeParse(value).success) return true;
  warnings.push({ row, message: `${key} "${shown(value)}" cannot be stored; left out` });
  return false;
}

/**
 * An imported row as a contact the API will accept later too: fields the Contact schema refuses (an
 * address zod does not take as an e-mail, an over-long title) are dropped with a warning, not stored. The
 * colleague mark is what the employer rule says of what is stored, or what Enlist's own file said.
 */
function toCreate(
  c: ImportedContact,
  pivot: Parameters<typeof withMarks>[3],
  warnings: RowWarning[],
): { contact: ImportedContact; record: ContactRecord } | null {
  // A contact needs a circle: one that fits none yet is kept with Backers, for the user to sort (the import
  // preview says so and leaves them out unless the user keeps them).
  const candidate: Record<string, unknown> = {
    name: c.name.slice(0, 200),
    circle: c.circle ?? "backers",
    tie: c.tie,
    status: c.status ?? "new",
  };
  const contact: ImportedContact = { ...c };
  for (const [key, from] of STORED_FIELDS) {
    const value = c[from];
    if (value === undefined) continue;
    if (storable(key, value, c.row, warnings)) candidate[key] = value;
    else delete contact[from];
  }
  const parsed = ContactInput.safeParse(candidate);
  if (!parsed.success) return null;
  // The mark was read from the company: it goes if the company could not be stored.
  const sent = candidate.company === undefined && c.company !== undefined ? undefined : c.currentColleague;
  if (sent === undefined) {
    delete contact.currentColleague;
    delete contact.colleagueReason;
  }
  return { contact, record: withMarks(parsed.data, undefined, sent, pivot) };
}

/** A stored contact with an update's changes, those the Contact schema refuses left out with a warning. */
function toUpdate(
  stored: StoredContact,
  update: ContactUpdate,
  pivot: Parameters<typeof withMarks>[3],
  warnings: RowWarning[],
): PlannedUpdate | null {
  const { id, createdAt, updatedAt: _u, version, colleagueSource, colleagueReason, ...fields } = stored;
  update.changes = update.changes.filter((change) => storable(change.field, change.to, update.row, warnings));
  if (update.changes.length === 0) return null;
  const parsed = ContactInput.safeParse({
    ...fields,
    ...Object.fromEntries(update.changes.map((c) => [c.field, c.to])),
  });
  if (!parsed.success) return null;
  const previous = { currentColleague: stored.currentColleague, colleagueSource, colleagueReason };
  return { id, version, createdAt, record: withMarks(parsed.data, previous, undefined, pivot) };
}

const PARSERS = {
  "linkedin-csv": parseLinkedInConnections,
  "google-csv": parseGoogleContactsCsv,
  vcard: parseVCards,
  "enlist-csv": parseEnlistCsv,
} as const;

/**
 * Reads a file against the user's contacts and pivot: who is new, who is someone stored and what changes
 * for them, possible duplicates, and every row left out with why. `leaveOut` are rows the user chose not to
 * import; `merge` the possible duplicates they said are the same person.
 */
export const planImport = (
  userId: string,
  kind: ImportFormat,
  body: Uint8Array,
  { leaveOut = new Set(), merge = new Set() }: { leaveOut?: ReadonlySet<number>; merge?: ReadonlySet<number> },
) =>
  Effect.gen(function* () {
    const pivot = yield* pivotOrNone(userId);
    const stored = yield* allContacts(userId);
    const byId = new Map(stored.map((c) => [c.id, c]));
    const existing = stored.map((c) => ({
      id: c.id,
      name: c.name,
      email: c.email,
      linkedInUrl: c.linkedInUrl,
      company: c.company,
      role: c.role,
    }));
    const parsed = PARSERS[kind](body, { existing, merge, ...(pivot ? { pivot } : {}) });
    if (!parsed.ok) return yield* Effect.fail(new InvalidFile({ detail: parsed.error.message }));
    const { report } = parsed.value;
    const plan: ImportPlan = { contacts: [], report, creates: [], updates: [] };

    for (const c of parsed.value.contacts) {
      if (leaveOut.has(c.row)) {
        report.skipped.push({ row: c.row, reason: "left out by you" });
        continue;
      }
      const made = toCreate(c, pivot, report.warnings);
      if (!made) {
        report.skipped.push({ row: c.row, reason: "the row does not make a valid contact" });
        continue;
      }
      plan.contacts.push(made.contact);
      plan.creates.push(made.record);
    }
    const updates: ContactUpdate[] = [];
    for (const u of report.updates) {
      if (leaveOut.has(u.row)) {
        report.skipped.push({ row: u.row, reason: "left out by you" });
        continue;
      }
      const planned = toUpdate(byId.get(u.existingId) as StoredContact, u, pivot, report.warnings);
      if (planned) {
        updates.push(u);
        plan.updates.push(planned);
      } else report.unchanged++;
    }
    report.updates = updates;
    report.imported = plan.creates.length;
    report.unsorted = plan.contacts.filter((c) => c.circle === null).length;
    report.skipped.sort((a, b) => a.row - b.row);
    report.warnings.sort((a, b) => a.row - b.row);
    return plan;
  });
