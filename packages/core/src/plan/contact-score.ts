import { fieldTokens } from "../circles/field-match";
import type { Responder } from "../follow-up/classify-responder";
import type { Contact } from "../schemas/contact";
import type { Pivot } from "../schemas/pivot";
import type { Tie } from "../schemas/tie";

const TIE_WEIGHT: Record<Tie, number> = { close: 1, friend: 0.9, acquaintance: 0.7, weak: 0.5, stranger: 0.4 };
const RESPONSIVENESS: Record<Responder, number> = { booster: 1.3, obligate: 1, unknown: 1, curmudgeon: 0.3 };

/** How relevant a contact's work is to the pivot; built once per plan, since it runs for every contact. */
export function relevanceOf(pivot: Pivot): (contact: Contact) => number {
  const target = new Set([pivot.toField, ...pivot.targetRoles].flatMap(fieldTokens));
  const toField = new Set(fieldTokens(pivot.toField));
  // Titles and companies repeat across a network ("Teacher", "Google"), so each text is tokenised once.
  const seen = new Map<string, boolean>();
  const hits = (text: string | undefined, want: Set<string>) => {
    if (!text) return false;
    const key = want === target ? text : `\u0000${text}`;
    let hit = seen.get(key);
    if (hit === undefined) {
      hit = fieldTokens(text).some((t) => want.has(t));
      seen.set(key, hit);
    }
    return hit;
  };
  return (contact) => {
    const relevant = hits(contact.field, target) || hits(contact.role, target) || hits(contact.company, target);
    const madeTheMove = contact.transition !== undefined && hits(contact.transition.to, toField);
    return 1 + (relevant ? 0.5 : 0) + (madeTheMove ? 0.25 : 0);
  };
}

/** How much it matters to act on this contact now: tie, relevance to the target field, responsiveness. */
export function scoreContact(contact: Contact, relevance: (c: Contact) => number, responder: Responder): number {
  return Math.round(TIE_WEIGHT[contact.tie] * relevance(contact) * RESPONSIVENESS[responder] * 1000) / 1000;
}
