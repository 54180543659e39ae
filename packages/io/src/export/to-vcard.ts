import type { Contact } from "@enlist/core";
import { foldLine } from "./fold-line";

/** Text value escaping of RFC 6350: backslash, comma, semicolon, line breaks. */
export { escapeText } from "./escape-text";
import { escapeText } from "./escape-text";

/**
 * Contacts as vCard 4.0: one card each, CRLF line endings, lines folded at 75 octets. The circle and tie
 * travel in X-ENLIST-* properties, so a vCard round trip through Enlist keeps them.
 */
export function toVCard(contacts: readonly Contact[]): string {
  const out: string[] = [];
  for (const c of contacts) {
    const lines = ["BEGIN:VCARD", "VERSION:4.0", `UID:${escapeText(c.id)}`, `FN:${escapeText(c.name)}`];
    if (c.email) lines.push(`EMAIL;PREF=1:${escapeText(c.email)}`);
    if (c.linkedInUrl) lines.push(`URL;TYPE=linkedin:${c.linkedInUrl}`);
    if (c.company) lines.push(`ORG:${escapeText(c.company)}`);
    if (c.role) lines.push(`TITLE:${escapeText(c.role)}`);
    if (c.researchNotes) lines.push(`NOTE:${escapeText(c.researchNotes)}`);
    lines.push(`X-ENLIST-CIRCLE:${c.circle}`, `X-ENLIST-TIE:${c.tie}`, "END:VCARD");
    out.push(...lines.map(foldLine));
  }
  return out.length ? `${out.join("\r\n")}\r\n` : "";
}
