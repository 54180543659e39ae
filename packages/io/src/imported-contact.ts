import { CircleId, IsoDate, Tie, Transition } from "@enlist/core";
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
  note: z.string().optional(),
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
  /** True when their company is the pivot's current employer (matchCurrentEmployer); left out otherwise. */
  currentColleague: z.literal(true).optional(),
  /** Why they are taken for a current colleague: "Works at Lincoln High, your current employer (…)." */
  colleagueReason: z.string().optional(),
  tie: Tie,
  /** The line (CSV) or card (vCard) it came from, 1-based. */
  row: z.number().int().min(1),
});
export type ImportedContact = z.infer<typeof ImportedContact>;

export const IMPORT_FORMATS = ["linkedin-csv", "google-csv", "vcard"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export interface SkippedRow {
  row: number;
  reason: string;
}

export interface RowWarning {
  row: number;
  message: string;
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
  /** Data rows (CSV) or cards (vCard) read. */
  rows: number;
  imported: number;
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
