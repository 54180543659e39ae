import { mentionsField } from "../circles/field-match";
import type { Responder } from "../follow-up/classify-responder";
import type { Contact } from "../schemas/contact";
import type { Pivot } from "../schemas/pivot";
import type { Tie } from "../schemas/tie";

const TIE_WEIGHT: Record<Tie, number> = { close: 1, friend: 0.9, acquaintance: 0.7, weak: 0.5, stranger: 0.4 };
const RESPONSIVENESS: Record<Responder, number> = { booster: 1.3, obligate: 1, unknown: 1, curmudgeon: 0.3 };

/** How much it matters to act on this contact now: tie, relevance to the target field, responsiveness. */
export function scoreContact(contact: Contact, pivot: Pivot, responder: Responder): number {
  const work = `${contact.field ?? ""} ${contact.role ?? ""} ${contact.company ?? ""}`;
  const relevant = mentionsField(work, pivot.toField) || pivot.targetRoles.some((r) => mentionsField(work, r));
  const madeTheMove = contact.transition !== undefined && mentionsField(contact.transition.to, pivot.toField);
  const relevance = 1 + (relevant ? 0.5 : 0) + (madeTheMove ? 0.25 : 0);
  return Math.round(TIE_WEIGHT[contact.tie] * relevance * RESPONSIVENESS[responder] * 1000) / 1000;
}
