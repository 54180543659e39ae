import type { Finding } from "@enlist/core/schemas";

export interface Segment {
  text: string;
  start: number;
  /** The most severe finding over this stretch of text, if any. */
  finding?: Finding;
  /** Index of that finding in the report, to link a mark with its entry in the list. */
  index?: number;
}

const RANK = { error: 3, warning: 2, info: 1 } as const;

/**
 * Cuts the body into stretches, each under at most one finding: where findings overlap, the most severe one
 * shows. Findings about the subject, or without a range, are not in the body.
 */
export function segments(text: string, findings: readonly Finding[]): Segment[] {
  const bounds = new Set<number>([0, text.length]);
  const ranged: { f: Finding; i: number; start: number; end: number }[] = [];
  findings.forEach((f, i) => {
    if (f.target === "subject" || f.start === undefined || f.end === undefined) return;
    const start = Math.max(0, Math.min(f.start, text.length));
    const end = Math.max(start, Math.min(f.end, text.length));
    if (end === start) return;
    ranged.push({ f, i, start, end });
    bounds.add(start);
    bounds.add(end);
  });
  const cuts = [...bounds].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    const start = cuts[k] as number;
    const end = cuts[k + 1] as number;
    let best: (typeof ranged)[number] | undefined;
    for (const r of ranged)
      if (r.start <= start && r.end >= end && (!best || RANK[r.f.severity] > RANK[best.f.severity])) best = r;
    const last = out[out.length - 1];
    // Neighbouring stretches under the same finding (or none) are one segment.
    if (last && last.index === best?.i) last.text += text.slice(start, end);
    else out.push({ text: text.slice(start, end), start, ...(best ? { finding: best.f, index: best.i } : {}) });
  }
  return out;
}

/** The finding at a caret position, the most severe first, for the "at the cursor" note. */
export function findingAt(findings: readonly Finding[], offset: number): Finding | undefined {
  let best: Finding | undefined;
  for (const f of findings) {
    if (f.target === "subject" || f.start === undefined || f.end === undefined) continue;
    if (offset >= f.start && offset <= f.end && (!best || RANK[f.severity] > RANK[best.severity])) best = f;
  }
  return best;
}

/** The text with a finding's suggested replacement applied, and where the caret goes after it. */
export function applyFix(text: string, finding: Finding): { text: string; caret: number } | null {
  const replacement = finding.suggestion?.replacement;
  if (
    replacement === undefined ||
    finding.start === undefined ||
    finding.end === undefined ||
    finding.target === "subject"
  )
    return null;
  return {
    text: text.slice(0, finding.start) + replacement + text.slice(finding.end),
    caret: finding.start + replacement.length,
  };
}
