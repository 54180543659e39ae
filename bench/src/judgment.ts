// Scores lintMessage on a labelled corpus the way LABELS are defined (docs/judgment.md): for each label,
// the linter is right on a message when it reports (warning or error) a finding of the label's rules
// exactly when the label says the problem is there. Balanced accuracy: the mean of the hit rates on the
// messages with the problem and on those without.
import { lintMessage, type Finding } from "@enlist/core";
import { contextOf, LABELS, type Label, type LabelledMessage } from "./corpus";

/** The rules that express each label, and the label's value that calls for a finding. */
export const EXPRESSED_BY: Record<Label, { rules: readonly string[]; findingWhen: boolean }> = {
  specific_ask: { rules: ["ask-specific", "ask-present"], findingWhen: false },
  proportionate: { rules: ["ask-proportionate", "no-job-ask"], findingWhen: false },
  compliment_specific: { rules: ["compliment-specific"], findingWhen: false },
  brief: { rules: ["length", "channel-limit"], findingWhen: false },
  urgency_pressure: { rules: ["no-urgency"], findingWhen: true },
  asks_for_job: { rules: ["no-job-ask"], findingWhen: true },
};

/** Labels scored only where LABELS.md defines them. */
const APPLIES: Partial<Record<Label, (m: LabelledMessage) => boolean>> = {
  compliment_specific: (m) => m.relationship === "stranger" && m.circle === "leaders",
  asks_for_job: (m) => m.relationship === "stranger" || m.relationship === "alumni",
};

export interface Miss {
  id: string;
  label: Label;
  expected: boolean;
  findings: string[];
  text: string;
  note?: string;
}

export interface LabelScore {
  label: Label;
  positives: number;
  negatives: number;
  truePositiveRate: number;
  trueNegativeRate: number;
  balancedAccuracy: number;
}

export interface JudgmentScore {
  labels: LabelScore[];
  misses: Miss[];
  /** Mean of the labels' balanced accuracies. */
  overall: number;
}

const counted = (f: Finding) => f.severity === "error" || f.severity === "warning";

/** What a linter reports for a message, as "rule-id: message" lines. */
export type Detect = (m: LabelledMessage) => { ruleId: string; message: string }[];

/** Enlist's linter: its warnings and errors (hints do not count). */
export const enlistFindings: Detect = (m) => {
  const report = lintMessage(m.text, contextOf(m));
  if (!report.ok) throw new Error(`${m.id}: ${report.error.message}`);
  return report.value.findings.filter(counted);
};

export function scoreJudgment(corpus: readonly LabelledMessage[], detect: Detect = enlistFindings): JudgmentScore {
  const tallies = new Map<Label, { tp: number; fn: number; tn: number; fp: number }>();
  const misses: Miss[] = [];
  for (const m of corpus) {
    const findings = detect(m);
    for (const label of LABELS) {
      const value = m.labels[label];
      if (value === undefined || APPLIES[label]?.(m) === false) continue;
      const { rules, findingWhen } = EXPRESSED_BY[label];
      const problem = value === findingWhen;
      const fired = findings.filter((f) => rules.includes(f.ruleId));
      const t = tallies.get(label) ?? { tp: 0, fn: 0, tn: 0, fp: 0 };
      if (problem && fired.length > 0) t.tp++;
      else if (problem) t.fn++;
      else if (fired.length > 0) t.fp++;
      else t.tn++;
      tallies.set(label, t);
      if (problem !== fired.length > 0) {
        const miss: Miss = {
          id: m.id,
          label,
          expected: value,
          findings: fired.map((f) => `${f.ruleId}: ${f.message}`),
          text: m.text,
        };
        if (m.note) miss.note = m.note;
        misses.push(miss);
      }
    }
  }
  const labels = LABELS.flatMap((label): LabelScore[] => {
    const t = tallies.get(label);
    if (!t) return [];
    const positives = t.tp + t.fn;
    const negatives = t.tn + t.fp;
    const tpr = positives === 0 ? 1 : t.tp / positives;
    const tnr = negatives === 0 ? 1 : t.tn / negatives;
    return [
      { label, positives, negatives, truePositiveRate: tpr, trueNegativeRate: tnr, balancedAccuracy: (tpr + tnr) / 2 },
    ];
  });
  const overall = labels.reduce((s, l) => s + l.balancedAccuracy, 0) / Math.max(1, labels.length);
  return { labels, misses, overall };
}
