import { CircleId, ContactStatus, IsoDate, Tie, Transition } from "@enlist/core";
import { z } from "zod";

/** A person read from an export file, ready to be stored as an Enlist contact once given an id. */
export const ImportedContact = z.object({
  name: z.string().min(1),
  /** The main e-mail address: the preferred one, else the first. */
  email: z.string().optional(),
  /** Every e-mail address found, the main one first. */
  emails: z.array(z.string()),
  linkedInUrl: z.string().optional(),
  company: z.string().optional(),
  role: z.string().optional(),
  /** A move read from the role ("Teacher turned Learning Designer"): a likely pathfinder. */
  transition: Transition.optional(),
  phones: z.array(z.string()),
  /** A vCard's NOTE, or the research notes of Enlist's own export. */
  note: z.string().optional(),
  /** Enlist's own exports only: what the contact's Enlist record held. */
  field: z.string().optional(),
  connection: z.string().optional(),
  status: ContactStatus.optional(),
  trusted: z.boolean().optional(),
  archived: z.boolean().optional(),
  checkInWeeks: z.number().int().min(1).max(52).optional(),
  /** When the LinkedIn connection was made. */
  connectedOn: IsoDate.optional(),
  /** The identifier the source gave it (a vCard UID), kept so that a re-import can match it. */
  externalId: z.string().optional(),
  /**
   * The suggested circle; null when none fits yet (neither a leader nor a pathfinder for the pivot, nor a close
   * tie or a friend). An Enlist contact needs a circle: the API stores such a contact in Backers unless the
   * row is left out, and the web app leaves them out unless the user keeps them.
   */
  circle: CircleId.nullable(),
  /** Why this circle was suggested, or why none was, in plain words. */
  circleReason: z.string(),
  /**
   * True when their company is the pivot's current employer (matchCurrentEmployer); left out otherwise. In
   * Enlist's own export it is what the file says, true or false ("Current Colleague": yes or no).
   */
  currentColleague: z.boolean().optional(),
  /** Why they are taken for a current colleague: "Works at Lincoln High, your current employer (…)." */
  colleagueReason: z.string().optional(),
  tie: Tie,
  /** The line (CSV) or card (vCard) it came from, 1-based. */
  row: z.number().int().min(1),
});
export type ImportedContact = z.infer<typeof ImportedContact>;

export const IMPORT_FORMATS = ["linkedin-csv", "google-csv", "vcard", "enlist-csv"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];
/** What a file given to import can be: contacts in one of the formats above, or Enlist's full backup. */
export type FileFormat = ImportFormat | "enlist-backup";

export interface SkippedRow {
  row: number;
  reason: string;
}

export interface RowWarning {
  row: number;
  message: string;
}

/** The fields an import compares and shows side by side, and which of them it updates. */
export const COMPARED_FIELDS = ["name", "email", "linkedInUrl", "company", "role"] as const;
export type ComparedField = (typeof COMPARED_FIELDS)[number];
/** What a re-import updates on someone already stored: where they work and what they do, and an address they lacked. */
export type UpdatedField = Exclude<ComparedField, "name">;

export interface FieldChange {
  field: UpdatedField;
  /** The stored value; left out when there was none. */
  from?: string;
  to: string;
}

/**
 * A row that is someone already stored (the same e-mail, LinkedIn profile or Enlist id, or the same name
 * when the user said so): their record is brought up to date with what the file says, nothing added.
 */
export interface ContactUpdate {
  row: number;
  existingId: string;
  name: string;
  match: "id" | "email" | "linkedin" | "name";
  changes: FieldChange[];
}

/** One field of two records shown side by side: a possible duplicate's row, and whom it may be. */
export interface Difference {
  field: ComparedField;
  /** This row's value. */
  row?: string;
  /** The other's: the earlier row, or the contact already stored. */
  other?: string;
}

export interface Duplicate {
  /** The row of the later copy. */
  row: number;
  match: "email" | "linkedin" | "name";
  /** The earlier row in the same file, or the id of a contact already stored. */
  with: { row: number } | { existingId: string };
  /**
   * "merged": the same e-mail or LinkedIn profile, so one person; the rows were merged into the first.
   * "review": only the name matches; both were kept, for the user to decide.
   */
  action: "merged" | "review";
  /** What the merged contact would hold: the first's fields, filled in from the second. */
  proposal: Partial<ImportedContact>;
  /** For "review": the compared fields where the two differ, to show side by side. */
  differences?: Difference[];
  /** For "review": the other record's compared fields, as they are. */
  other?: Partial<Record<ComparedField, string>>;
}

/** How a file's bytes were read as text. */
export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

export interface ImportReport {
  format: ImportFormat;
  /**
   * "windows-1252" when the bytes were not UTF-8 — Excel on Windows saves "CSV" in the Western code page —
   * so accented names are worth a look before importing.
   */
  encoding: TextEncoding;
  /**
   * A file read as UTF-8 that held bytes which are not: how many stretches of them (each read as "\ufffd")
   * and the rows they fell in, each with a warning too. Absent when every byte was read.
   */
  unreadable?: { bytes: number; rows: number[] };
  /** Data rows (CSV) or cards (vCard) read. */
  rows: number;
  /** New contacts: those in `contacts`. */
  imported: number;
  /** Rows that are someone already stored, with what changes: brought up to date rather than added again. */
  updates: ContactUpdate[];
  /** Rows that are someone already stored, with nothing new: left as they are. */
  unchanged: number;
  /** How many of the contacts are in no circle yet (`circle: null`). */
  unsorted: number;
  skipped: SkippedRow[];
  warnings: RowWarning[];
  duplicates: Duplicate[];
}

export interface ImportResult {
  contacts: ImportedContact[];
  report: ImportReport;
}

/** A file that cannot be read as the format at all: nothing is imported. */
export interface ImportError {
  kind: "invalid-file";
  message: string;
}
