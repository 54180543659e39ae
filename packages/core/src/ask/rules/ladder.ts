import { tieRank } from "../../schemas/tie-order";
import { docsUrl, personWords, withArticle, type AskRule } from "../ask-rule";
import { IMPLICIT_STEP, LADDER_STEP } from "../ladder-steps";

const id = "ladder";
/** What the ask itself is called, where its rung's name would not say ("mentoring", not "a review or referral"). */
const ASKED: Partial<Record<string, string>> = {
  mentorship: "mentoring",
  shadowing: "a day of shadowing",
  reference: "a reference",
  referral: "a referral",
  "resume-review": "a review of your document",
  coffee: "a coffee",
  meeting: "a meeting",
};
const RUNG_NAMES = [
  "nothing yet",
  "a few questions",
  "a short call",
  "an introduction",
  "a review or referral",
  "a job",
];

export const ladder: AskRule = {
  id,
  meta: {
    description: "For ties weaker than friend, no big ask before the smaller ones were granted.",
    severity: "error",
    docs: docsUrl(id),
  },
  check({ ask, contact, context, cost }) {
    if (tieRank(cost.allowance.tie) <= tieRank("friend")) return [];
    const implicit = IMPLICIT_STEP[cost.allowance.tie] ?? 0;
    const helped = context.interactions.filter((i) => i.contactId === contact.id && i.type === "helped").length;
    const earned = Math.max(helped, ...context.grantedAsks.map((k) => LADDER_STEP[k]));
    const granted = Math.max(implicit + helped, earned);
    const gap = LADDER_STEP[ask.kind] - (granted + 1);
    if (gap <= 0) return [];
    const them = personWords(contact.name);
    const asked = ASKED[ask.kind] ?? RUNG_NAMES[Math.min(LADDER_STEP[ask.kind], 5)];
    const next = RUNG_NAMES[Math.min(granted + 1, 5)];
    // Say what was really granted: a weak tie's implicit first rung is what they can be asked, not a favour done.
    const where =
      earned > 0
        ? `${them.Subject} ${them.has} granted ${RUNG_NAMES[Math.min(earned, 5)]}`
        : `${them.Subject} ${them.has} not granted you anything yet (${withArticle(cost.allowance.tie)})`;
    return [
      {
        severity: gap >= 2 ? "error" : "warning",
        message: `${where}; ask for ${next} before ${asked}.`,
      },
    ];
  },
};
