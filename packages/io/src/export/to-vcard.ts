import type { Contact } from "@enlist/core";
import { foldLine } from "./fold-line";

/** Text value escaping of RFC 6350: backslash, comma, semicolon, line breaks. */
export { escapeText } from "./escape-text";
import { escapeText } from "./escape-text";

/**
 * Contacts as vCard 4.0: one card each, CRLF line endings, lines folded at 75 octets. The circle, tie and
 * the other Enlist fields travel in X-ENLIST-* properties and the id in UID, so a vCard round trip through
 * Enlist keeps the whole contact.
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
    lines.push(`X-ENLIST-CIRCLE:${c.circle}`, `X-ENLIST-TIE:${c.tie}`);
    // The rest of an Enlist contact, which no address book has a property for.
    if (c.status) lines.push(`X-ENLIST-STATUS:${c.status}`);
    if (c.field) lines.push(`X-ENLIST-FIELD:${escapeText(c.field)}`);
    if (c.connection) lines.push(`X-ENLIST-CONNECTION:${escapeText(c.connection)}`);
    if (c.transition)
      lines.push(
        `X-ENLIST-TRANSITION-FROM:${escapeText(c.transition.from)}`,
        `X-ENLIST-TRANSITION-TO:${escapeText(c.transition.to)}`,
      );
    if (c.currentColleague !== undefined) lines.push(`X-ENLIST-COLLEAGUE:${c.currentColleague ? "yes" : "no"}`);
    if (c.trusted !== undefined) lines.push(`X-ENLIST-TRUSTED:${c.trusted ? "yes" : "no"}`);
    if (c.connectedOn) lines.push(`X-ENLIST-CONNECTED-ON:${c.connectedOn}`);
    if (c.archived !== undefined) lines.push(`X-ENLIST-ARCHIVED:${c.archived ? "yes" : "no"}`);
    if (c.checkInWeeks !== undefined) lines.push(`X-ENLIST-CHECK-IN-WEEKS:${c.checkInWeeks}`);
    lines.push("END:VCARD");
    out.push(...lines.map(foldLine));
  }
  return out.length ? `${out.join("\r\n")}\r\n` : "";
}
