import { decodeInput } from "./decode-input";
import type { FileFormat } from "./imported-contact";

/** How much of the file its kind is told from: a caller holding a large file need only read this much. */
export const IMPORT_HEAD_BYTES = 20_000;

/** The media type the import endpoint takes each format as. */
export const IMPORT_MEDIA_TYPES = {
  "linkedin-csv": "text/csv",
  "google-csv": "text/csv",
  "enlist-csv": "text/csv",
  vcard: "text/vcard",
  "enlist-backup": "application/json",
} as const satisfies Record<FileFormat, string>;

/**
 * Which parser a file needs, from its media type and, for CSV, its header: Enlist's own export starts
 * "Name,Circle,Tie"; Google Contacts exports name their columns "E-mail 1 - Value" or "Given Name"; any
 * other CSV is read as LinkedIn's Connections.csv. JSON is Enlist's backup (parseJsonBackup). Bytes are
 * decoded as the parsers decode them (a UTF-16 export's header is found too). Null for a media type no
 * parser reads.
 *
 * Given the file's name, the caller holds the file itself (a browser's file picker, the command line),
 * whose media type is a guess at best: then the name and the content decide, and a file is never refused
 * — a .vcf or one that starts "BEGIN:VCARD" is a vCard, a .json or one that starts "{" is the backup, and
 * anything else is a CSV. Send it as IMPORT_MEDIA_TYPES names.
 */
export function detectImportFormat(contentType: string, file: string | Uint8Array, fileName: string): FileFormat;
export function detectImportFormat(contentType: string, file: string | Uint8Array): FileFormat | null;
export function detectImportFormat(
  contentType: string,
  file: string | Uint8Array,
  fileName?: string,
): FileFormat | null {
  const type = contentType.split(";")[0]?.trim().toLowerCase() ?? "";
  if (fileName !== undefined) return sniff(type, file, fileName);
  if (type === "text/vcard" || type === "text/x-vcard") return "vcard";
  if (type === "application/json") return "enlist-backup";
  if (type !== "text/csv") return null;
  return csvFormat(decodeInput(file.slice(0, IMPORT_HEAD_BYTES), "a CSV file"));
}

function sniff(type: string, file: string | Uint8Array, fileName: string): FileFormat {
  if (/\.(vcf|vcard)$/i.test(fileName) || type === "text/vcard" || type === "text/x-vcard") return "vcard";
  if (/\.json$/i.test(fileName) || type === "application/json") return "enlist-backup";
  const head = decodeInput(file.slice(0, IMPORT_HEAD_BYTES), "a file");
  if (head.ok && /^\uFEFF?\s*BEGIN:VCARD/i.test(head.value.text)) return "vcard";
  if (head.ok && /^\uFEFF?\s*\{/.test(head.value.text)) return "enlist-backup";
  return csvFormat(head);
}

function csvFormat(head: ReturnType<typeof decodeInput>): FileFormat {
  // A file that is not text at all gets its error from the parser; which parser does not matter then.
  if (!head.ok) return "linkedin-csv";
  if (/^\uFEFF?[ \t]*"?name"?[ \t]*,[ \t]*"?circle"?[ \t]*,[ \t]*"?tie"?[ \t]*(,|\r?$)/im.test(head.value.text))
    return "enlist-csv";
  return /e-mail 1 - value|given name|organization 1 - name/i.test(head.value.text) ? "google-csv" : "linkedin-csv";
}
