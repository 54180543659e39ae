import type { ImportFormat } from "./imported-contact";

/**
 * Which parser a file needs, from its media type and, for CSV, its header: Google Contacts exports name
 * their columns "E-mail 1 - Value" or "Given Name"; any other CSV is read as LinkedIn's Connections.csv.
 * Null for a media type no parser reads.
 */
export function detectImportFormat(contentType: string, head: string): ImportFormat | null {
  const type = contentType.split(";")[0]?.trim().toLowerCase() ?? "";
  if (type === "text/vcard" || type === "text/x-vcard") return "vcard";
  if (type !== "text/csv") return null;
  return /e-mail 1 - value|given name|organization 1 - name/i.test(head.slice(0, 20_000)) ? "google-csv" : "linkedin-csv";
}
