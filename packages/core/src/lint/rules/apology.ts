import { reportMatchesInProse } from "../detect/each-match";
import { APOLOGY } from "../detect/phrases";
import { docsUrl, type LintRule, type LintRuleReport } from "../lint-rule";

const id = "apology";

export const apology: LintRule = {
  id,
  meta: {
    description: 'At most one apology or self-deprecation ("sorry to bother you", "I know you\'re busy but").',
    severity: "warning",
    docs: docsUrl(id),
  },
  check({ message }) {
    const hits = reportMatchesInProse(APOLOGY, message, () => ({ message: "" }));
    return hits.slice(1).map<LintRuleReport>((h, i) => ({
      message: `"${message.text.slice(h.start, h.end)}" is apology number ${i + 2}; one is polite, more sounds unsure of your own ask.`,
      start: h.start,
      end: h.end,
      suggestion: { message: "Keep one short courtesy, then ask plainly." },
    }));
  },
};
