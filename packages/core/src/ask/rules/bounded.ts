import { tieRank } from "../../schemas/tie-order";
import { docsUrl, personWords, type AskRule, type AskRuleReport } from "../ask-rule";
import { TIME_KINDS } from "../ask-text";

const id = "bounded";

export const bounded: AskRule = {
  id,
  meta: {
    description: "Asks of leaders and pathfinders state their size; recurring commitments only after rapport.",
    severity: "error",
    docs: docsUrl(id),
  },
  check({ ask, contact, cost }) {
    const out: AskRuleReport[] = [];
    // A reference or an introduction is sized by what it is; an ask of someone's time needs its length said.
    if (
      (contact.circle === "leaders" || contact.circle === "pathfinders") &&
      TIME_KINDS.has(ask.kind) &&
      ask.minutes === undefined &&
      ask.questions === undefined
    ) {
      out.push({
        severity: "warning",
        messageId: "size",
        message: "Say how big the ask is (two questions, fifteen minutes) so it is easy to say yes.",
      });
    }
    if (cost.commitment && cost.rapport === 0 && tieRank(contact.tie) > tieRank("friend")) {
      out.push({
        severity: "error",
        messageId: "commitment",
        message: `A recurring commitment comes after rapport; ${personWords(contact.name).subject} ${personWords(contact.name).has} not replied, met or helped you yet.`,
      });
    }
    return out;
  },
};
