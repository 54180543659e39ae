import { docsUrl, type LintRule, type LintRuleReport } from "../lint-rule";
import { suggestionFor } from "./ask-suggestion";

const id = "ask-specific";

export const askSpecific: LintRule = {
  id,
  meta: {
    description:
      'The request says exactly what is asked: not "pick your brain", "any advice" or "a quick chat" with no topic.',
    severity: "warning",
    docs: docsUrl(id),
  },
  check({ asks }) {
    const out: LintRuleReport[] = [];
    for (const judged of asks) {
      // checkAsk's own rule decides, so a message and a structured ask get the same answer.
      const finding = judged.findings.find((f) => f.ruleId === "specific");
      if (!finding) continue;
      const { reading } = judged;
      out.push({
        message: `"${reading.text}" does not say exactly what you are asking for; name the topic, the person or the document.`,
        start: reading.start,
        end: reading.end,
        suggestion: suggestionFor(judged) ?? {
          message: 'Ask one concrete thing, e.g. "two questions about how you structure onboarding courses".',
        },
      });
    }
    return out;
  },
};
