import { tieRank } from "../../schemas/tie-order";
import { docsUrl, type LintRule, type LintRuleReport } from "../lint-rule";
import { suggestionFor } from "./ask-suggestion";

const id = "no-job-ask";

export const noJobAsk: LintRule = {
  id,
  meta: {
    description: "No job, opening or referral asked of someone who does not know you yet.",
    severity: "error",
    docs: docsUrl(id),
  },
  check({ context, asks }) {
    if (!context.tie) return [];
    // A job ask is a problem in a first message to someone who does not know you; later, it is a hint.
    const cold = tieRank(context.tie) > tieRank("friend") && context.firstContact;
    const out: LintRuleReport[] = [];
    for (const judged of asks) {
      const { reading } = judged;
      if (reading.kind !== "job" && reading.kind !== "referral") continue;
      const what = reading.kind === "job" ? "a job or an opening" : "a referral";
      // Backers can be asked for a referral; the hint only says what the message is.
      const report: LintRuleReport = cold
        ? {
            message: `Asking for ${what} before they know you makes the message a job application; ask to learn first.`,
            start: reading.start,
            end: reading.end,
          }
        : {
            severity: "info",
            message: `This asks for ${what}: fair of someone who knows your work; make it easy to say no.`,
            start: reading.start,
            end: reading.end,
          };
      const suggestion = cold ? suggestionFor(judged) : undefined;
      report.suggestion = suggestion ?? {
        message: "Ask what their team looks for in people from your background instead.",
      };
      out.push(report);
    }
    return out;
  },
};
