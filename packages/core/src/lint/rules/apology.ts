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
    const hits: { index: number; text: string }[] = [];
    for (const span of message.prose) {
      const prose = message.text.slice(0, span.end);
      APOLOGY.lastIndex = span.start;
      for (let m = APOLOGY.exec(prose); m; m = APOLOGY.exec(prose)) hits.push({ index: m.index, text: m[0] });
    }
    if (hits.length < 2) return [];
    return hits.slice(1).map<LintRuleReport>((h) => ({
      message: `"${h.text}" is apology number ${hits.indexOf(h) + 1}; one is polite, more sounds unsure of your own ask.`,
      start: h.index,
      end: h.index + h.text.length,
      suggestion: { message: "Keep one short courtesy, then ask plainly." },
    }));
  },
};
