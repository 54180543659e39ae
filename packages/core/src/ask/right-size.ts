import type { Ask, AskKind } from "../schemas/ask";
import type { AskContext } from "../schemas/ask-context";
import type { Contact } from "../schemas/contact";
import { hasContentWords, isGenericPhrase, namesOwnDocument, namesPerson, subjectOf, withoutFrame } from "./ask-text";
import type { AskRule } from "./ask-rule";
import { isReasonableWith } from "./evaluate-ask";
import { ASK_RULES } from "./rules/registry";
import { LADDER_STEP } from "./ladder-steps";

/** What the smaller asks are about: the user's own topic when it is concrete, else what this person knows. */
export function topicFor(ask: Ask, contact: Contact, context: AskContext): string {
  const text = ask.specifics.trim();
  const topical = ask.kind === "questions" || ask.kind === "advice" || ask.kind === "feedback";
  // The topic as written ("how you moved from teaching to UX research"), however the request was put.
  const candidate = (subjectOf(text) ?? (topical ? withoutFrame(text) : "")).replace(/[.?!]+$/, "");
  const concrete = !isGenericPhrase(candidate) && hasContentWords(candidate);
  // A document is not a topic: "two questions about my résumé" is a review in disguise.
  if (concrete && !namesOwnDocument(candidate) && candidate.length <= 140) return candidate;
  if (contact.transition) return `how you moved from ${contact.transition.from} to ${contact.transition.to}`;
  if (ask.kind === "resume-review" && context.pivot) return `what ${context.pivot.toField} teams look for in a résumé`;
  if (contact.role) return `your work as ${contact.role}${contact.company ? ` at ${contact.company}` : ""}`;
  if (context.pivot) return `moving from ${context.pivot.fromField} into ${context.pivot.toField}`;
  return "how you got started in your field";
}

function candidates(ask: Ask, topic: string): Ask[] {
  const keep = (kind: AskKind, extra: Partial<Ask>): Ask => ({ kind, specifics: ask.specifics, ...extra });
  const step = LADDER_STEP[ask.kind];
  const list: Ask[] = [];
  if (step >= 4 && (ask.kind === "resume-review" || ask.kind === "referral" || ask.kind === "reference")) {
    list.push(keep(ask.kind, { format: "async", minutes: ask.kind === "resume-review" ? 30 : 20 }));
  }
  if (
    step >= 3 &&
    (ask.kind === "introduction" || ask.kind === "referral" || ask.kind === "job") &&
    namesPerson(ask.specifics)
  ) {
    list.push(keep("introduction", { format: "async", minutes: 15 }));
  }
  if (step >= 2) {
    list.push({ kind: "advice", specifics: `twenty minutes of advice on ${topic}`, format: "video", minutes: 20 });
    list.push({ kind: "call", specifics: `a fifteen-minute call about ${topic}`, format: "call", minutes: 15 });
  }
  list.push({
    kind: "questions",
    specifics: `two quick questions about ${topic}`,
    format: "async",
    minutes: 10,
    questions: 2,
  });
  return list;
}

/** The largest ask on the ladder, no larger than the original, that is reasonable for this contact now. */
export function rightSize(ask: Ask, contact: Contact, context: AskContext): Ask | null {
  return rightSizeWith(ASK_RULES, ask, contact, context);
}

/** The same, judged by a given set of rules. */
export function rightSizeWith(rules: readonly AskRule[], ask: Ask, contact: Contact, context: AskContext): Ask | null {
  const topic = topicFor(ask, contact, context);
  for (const candidate of candidates(ask, topic)) {
    if (isReasonableWith(rules, candidate, contact, context)) return candidate;
  }
  return null;
}
