import { DISCLOSES_PIVOT } from "../ask-text";
import { docsUrl, personWords, type AskRule } from "../ask-rule";

const id = "discretion";
const DISCLOSING_KINDS = new Set("introduction referral reference job resume-review mentorship shadowing".split(" "));

export const discretion: AskRule = {
  id,
  meta: {
    description: "While still employed, an ask of a current colleague that discloses the pivot is flagged.",
    severity: "error",
    docs: docsUrl(id),
  },
  check({ ask, contact, context }) {
    if (!context.pivot?.stillEmployed || !contact.currentColleague) return [];
    const toField = context.pivot.toField.toLowerCase();
    const mentionsTarget = toField.length > 2 && ask.specifics.toLowerCase().includes(toField);
    if (!DISCLOSING_KINDS.has(ask.kind) && !DISCLOSES_PIVOT.test(ask.specifics) && !mentionsTarget) return [];
    return [
      {
        severity: "error",
        message: `${personWords(contact.name).Subject} ${personWords(contact.name).subject === "they" ? "work" : "works"} with you now; this ask tells them you are leaving. Be discreet while you are still employed.`,
        suggestion: { message: "Ask someone outside your company, or keep the ask to your current work." },
      },
    ];
  },
};
