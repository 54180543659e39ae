import type { Sentence } from "../anatomy";
import type { LintRuleReport } from "../lint-rule";

type Report = (match: string) => Omit<LintRuleReport, "start" | "end">;

/** One report per match of a global regular expression in `text` between `from` and `to`. */
export function reportMatchesIn(re: RegExp, text: string, from: number, to: number, report: Report): LintRuleReport[] {
  const out: LintRuleReport[] = [];
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    if (m.index + m[0].length <= to) out.push({ ...report(m[0]), start: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/** The same over each of a few sentences (the requests), so a match never runs past its sentence. */
export function reportMatches(re: RegExp, sentences: readonly Sentence[], report: Report): LintRuleReport[] {
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
