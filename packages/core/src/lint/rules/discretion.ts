import { DISCLOSURE } from "../detect/phrases";
import { reportMatchesInProse } from "../detect/each-match";
import { docsUrl, type LintRule, type LintRuleReport } from "../lint-rule";

const id = "discretion";

export const discretion: LintRule = {
  id,
  meta: {
    description: "No words that disclose the pivot in a message to a current colleague while still employed.",
    severity: "error",
    docs: docsUrl(id),
  },
  check({ message, context, asks }) {
    if (!context.currentColleague || !context.stillEmployed) return [];
    const out: LintRuleReport[] = [];
    // What is asked can tell them too: an introduction elsewhere, a reference — checkAsk's discretion.
    for (const judged of asks) {
      const finding = judged.findings.find((f) => f.ruleId === "discretion");
      if (finding) out.push({ message: finding.message, start: judged.reading.start, end: judged.reading.end });
    }
    out.push(
      ...reportMatchesInProse(DISCLOSURE, message, (match) => ({
        message: `"${match}" tells a current colleague you are leaving; be discreet while you still work there.`,
      })),
    );
    return out;
  },
};
