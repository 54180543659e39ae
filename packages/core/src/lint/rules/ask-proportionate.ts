import { BIG_ASK } from "../detect/phrases";
import { docsPath, type LintRule } from "../lint-rule";
import { reportMatches } from "../detect/each-match";

const id = "ask-proportionate";

export const askProportionate: LintRule = {
  id,
  meta: {
    description: "No big ask (résumé review, coffee, a meeting, a referral, an introduction, an hour) of a stranger or weak tie.",
    severity: "error",
    docs: docsPath(id),
  },
  check({ context, requests }) {
    if (context.tie !== "stranger" && context.tie !== "weak") return [];
    return reportMatches(BIG_ASK, requests, (match) => ({ message: `"${match}" is a big ask of ${context.tie === "stranger" ? "a stranger" : "a weak tie"}; start with something they can grant in ten minutes.`, suggestion: { message: 'Ask for two quick questions by e-mail, e.g. "May I ask you two quick questions about …?"' } }));
  },
};
