import { DISCLOSURE } from "../detect/phrases";
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
    const body = message.text.slice(0, message.bodyEnd);
    DISCLOSURE.lastIndex = 0;
    for (let m = DISCLOSURE.exec(body); m; m = DISCLOSURE.exec(body)) {
      out.push({
        message: `"${m[0]}" tells a current colleague you are leaving; be discreet while you still work there.`,
        start: m.index,
        end: m.index + m[0].length,
      });
    }
    return out;
  },
};
