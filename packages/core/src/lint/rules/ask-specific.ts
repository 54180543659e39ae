import { GENERIC_ASK } from "../detect/phrases";
import { docsPath, type LintRule } from "../lint-rule";
import { reportMatchesIn } from "../detect/each-match";

const id = "ask-specific";

export const askSpecific: LintRule = {
  id,
  meta: {
    description: 'Generic requests ("pick your brain", "any advice", "let me know if you can help") get nothing done.',
    severity: "warning",
    docs: docsPath(id),
  },
  check({ message }) {
    return reportMatchesIn(GENERIC_ASK, message.text, 0, message.bodyEnd, (match) => ({ message: `"${match}" is a generic request; name the topic, person or document you want help with.`, suggestion: { message: 'Ask one concrete thing, e.g. "two questions about how you structure onboarding courses".' } }));
  },
};
