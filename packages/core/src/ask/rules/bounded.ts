import { tieRank } from "../../schemas/tie";
import { docsPath, type AskRule, type AskRuleReport } from "../ask-rule";

const id = "bounded";

export const bounded: AskRule = {
  id,
  meta: {
    description: "Asks of leaders and pathfinders state their size; recurring commitments only after rapport.",
    severity: "error",
    docs: docsPath(id),
  },
  check({ ask, contact, cost }) {
    const out: AskRuleReport[] = [];
    if ((contact.circle === "leaders" || contact.circle === "pathfinders") && ask.minutes === undefined && ask.questions === undefined) {
      out.push({
        severity: "warning",
        message: "Say how big the ask is (two questions, fifteen minutes) so it is easy to say yes.",
      });
    }
    if (cost.commitment && cost.rapport === 0 && tieRank(contact.tie) > tieRank("friend")) {
      out.push({
        severity: "error",
        message: `A recurring commitment comes after rapport; ${contact.name} has not replied, met or helped you yet.`,
      });
    }
    return out;
  },
};
