import type { Sentence } from "../anatomy";
import type { LintRuleReport } from "../lint-rule";

/** Runs a global regular expression over each sentence and makes one report per match. */
export function reportMatches(
  re: RegExp,
  sentences: readonly Sentence[],
  report: (match: string) => Omit<LintRuleReport, "start" | "end">,
): LintRuleReport[] {
  const out: LintRuleReport[] = [];
  for (const s of sentences) {
    re.lastIndex = 0;
    for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
      out.push({ ...report(m[0]), start: s.start + m.index, end: s.start + m.index + m[0].length });
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  return out;
}
