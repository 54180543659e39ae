import { tieRank } from "../../schemas/tie";
import { docsPath, type AskRule } from "../ask-rule";
import { IMPLICIT_STEP, LADDER_STEP } from "../ladder-steps";

const id = "ladder";
const RUNG_NAMES = ["nothing yet", "a few questions", "a short call", "an introduction", "a review or referral", "a job"];

export const ladder: AskRule = {
  id,
  meta: {
    description: "For ties weaker than friend, no big ask before the smaller ones were granted.",
    severity: "error",
    docs: docsPath(id),
  },
  check({ ask, contact, context, cost }) {
    if (tieRank(cost.allowance.tie) <= tieRank("friend")) return [];
    const implicit = IMPLICIT_STEP[cost.allowance.tie] ?? 0;
    const helped = context.interactions.filter((i) => i.contactId === contact.id && i.type === "helped").length;
    const granted = Math.max(implicit + helped, ...context.grantedAsks.map((k) => LADDER_STEP[k]));
    const gap = LADDER_STEP[ask.kind] - (granted + 1);
    if (gap <= 0) return [];
    return [
      {
        severity: gap >= 2 ? "error" : "warning",
        message: `${contact.name} has granted ${RUNG_NAMES[Math.min(granted, 5)]}; climb one rung at a time before asking for ${RUNG_NAMES[Math.min(LADDER_STEP[ask.kind], 5)]}.`,
      },
    ];
  },
};
