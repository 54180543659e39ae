import { JOB_ASK } from "../detect/phrases";
import { docsPath, type LintRule } from "../lint-rule";
import { reportMatches } from "../detect/each-match";

const id = "no-job-ask";

export const noJobAsk: LintRule = {
  id,
  meta: {
    description: "No job, opening or referral asked of a stranger or weak tie in a first message.",
    severity: "error",
    docs: docsPath(id),
  },
  check({ context, requests }) {
    if (!context.firstContact || (context.tie !== "stranger" && context.tie !== "weak")) return [];
    return reportMatches(JOB_ASK, requests, (match) => ({ message: `Asking about "${match}" in a first message makes it a job application; ask to learn first.`, suggestion: { message: "Ask what their team looks for in people from your background instead." } }));
  },
};
