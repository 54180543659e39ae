// Test support for the lint rule tables: each case is a message as a person would write it, the context it
// is sent in, and what the rule must report — severities, and the text the first finding points at.
import { expect, it } from "vitest";
import type { Severity } from "../../schemas/finding";
import type { LintContext } from "../lint-context";
import { prepareInput } from "../lint-message";
import type { LintRule } from "../lint-rule";

export interface LintCase {
  name: string;
  text: string;
  context?: Partial<LintContext>;
  expect: Severity[];
  /** The exact text the first finding covers (in the subject when the finding targets it). */
  at?: string;
}

export const COLD_LEADER: LintContext = {
  channel: "email",
  circle: "leaders",
  tie: "stranger",
  recipientName: "Sarah Chen",
};

export function lintTable(rule: LintRule, cases: LintCase[]) {
  it.each(cases)("$name", (c) => {
    const context: LintContext = { ...COLD_LEADER, ...c.context };
    const reports = rule.check(prepareInput(c.text, context));
    expect(reports.map((r) => r.severity ?? rule.meta.severity)).toEqual(c.expect);
    if (c.at !== undefined) {
      const first = reports[0];
      const source = first?.target === "subject" ? (context.subject ?? "") : c.text;
      expect(first && source.slice(first.start, first.end)).toBe(c.at);
    }
  });
}

/** A good first note to a leader, used as the base that invalid cases spoil one way at a time. */
export const GOOD_NOTE = `Hi Sarah,

Your talk on microlearning at DevLearn 2025 changed how I plan my lessons. I'm a high-school teacher moving into instructional design.

Would you be open to two quick questions by email about how you built your first portfolio? No worries if you're too busy.

Thanks,
Ana Ruiz
ana@example.com | 555-0100`;
