import type { Anatomy, Sentence } from "../anatomy";
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

/** One report per match in the sender's own words: the message proper and its postscript. */
export function reportMatchesInProse(re: RegExp, message: Anatomy, report: Report): LintRuleReport[] {
  if (message.prose.length === 1) return reportMatchesIn(re, message.text, 0, message.bodyEnd, report);
  return message.prose.flatMap((span) => reportMatchesIn(re, message.text, span.start, span.end, report));
}

/** Whether a pattern (without the "g" flag) matches anywhere in the sender's own words. */
export function testProse(re: RegExp, message: Anatomy): boolean {
  return message.prose.some((span) => re.test(message.text.slice(span.start, span.end)));
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
