import { PRESUMPTION } from "../detect/phrases";
import { docsUrl, type LintRule } from "../lint-rule";
import { reportMatchesInProse } from "../detect/each-match";

const id = "no-presumption";

export const noPresumption: LintRule = {
  id,
  meta: {
    description: 'No presuming the meeting: "I\'ll call you Tuesday", "I\'ll stop by your office".',
    severity: "error",
    docs: docsUrl(id),
  },
  check({ message, context }) {
    if (context.tie === "close") return [];
    return reportMatchesInProse(PRESUMPTION, message, (match) => ({
      message: `"${match}" decides for them; ask, and let them choose whether and when.`,
      suggestion: { message: 'e.g. "Would a 15-minute call next week work for you?"' },
    }));
  },
};
