import { decodeInput } from "./decode-input";
import type { FileFormat } from "./imported-contact";

/** How much of the file the header is looked for in. */
const HEAD_BYTES = 20_000;

/**
 * Which parser a file needs, from its media type and, for CSV, its header: Enlist's own export starts
 * "Name,Circle,Tie"; Google Contacts exports name their columns "E-mail 1 - Value" or "Given Name"; any
 * other CSV is read as LinkedIn's Connections.csv. JSON is Enlist's backup (parseJsonBackup). Bytes are
 * decoded as the parsers decode them (a UTF-16 export's header is found too). Null for a media type no
 * parser reads.
 */
export function detectImportFormat(contentType: string, file: string | Uint8Array): FileFormat | null {
  const type = contentType.split(";")[0]?.trim().toLowerCase() ?? "";
  if (type === "text/vcard" || type === "text/x-vcard") return "vcard";
  if (type === "application/json") return "enlist-backup";
  if (type !== "text/csv") return null;
  const head = decodeInput(file.slice(0, HEAD_BYTES), "a CSV file");
  // A file that is not text at all gets its error from the parser; which parser does not matter then.
  if (!head.ok) return "linkedin-csv";
  if (/^\uFEFF?[ \t]*"?name"?[ \t]*,[ \t]*"?circle"?[ \t]*,[ \t]*"?tie"?[ \t]*(,|\r?$)/im.test(head.value.text)) return "enlist-csv";
  return /e-mail 1 - value|given name|organization 1 - name/i.test(head.value.text) ? "google-csv" : "linkedin-csv";
}
