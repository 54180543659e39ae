// Test support shared by the rule tables: one place builds valid input so each table lists only what differs.
import { expect, it } from "vitest";
import { AskContext, type AskContextInput } from "../../schemas/ask-context";
import type { Ask } from "../../schemas/ask";
import type { Contact } from "../../schemas/contact";
import type { Severity } from "../../schemas/finding";
import type { AskRule } from "../ask-rule";
import { costOf } from "../evaluate-ask";

export const TODAY = "2026-11-25";

export const PIVOT = {
  fromField: "teaching",
  toField: "instructional design",
  targetRoles: ["instructional designer"],
  stillEmployed: true,
  weeklyMinutes: 120,
};

export interface RuleCase {
  name: string;
  ask: Partial<Ask> & Pick<Ask, "kind">;
  contact?: Partial<Contact>;
  context?: Partial<AskContextInput>;
  /** Severities the rule must report, in order; [] for a valid case. */
  expect: Severity[];
  /** A word the first message must contain, so the finding says the right thing. */
  mentions?: string;
}

export function runRule(rule: AskRule, c: RuleCase) {
  const ask: Ask = { specifics: "two quick questions about onboarding design", ...c.ask };
  const contact: Contact = { id: "c1", name: "Priya Raman", circle: "leaders", tie: "stranger", ...c.contact };
  const context = AskContext.parse({ today: TODAY, pivot: PIVOT, ...c.context });
  return rule.check({ ask, contact, context, cost: costOf(ask, contact, context) });
}

export function ruleTable(rule: AskRule, cases: RuleCase[]) {
  it.each(cases)("$name", (c) => {
    const reports = runRule(rule, c);
    expect(reports.map((r) => r.severity)).toEqual(c.expect);
    if (c.mentions) expect(reports[0]?.message.toLowerCase()).toContain(c.mentions.toLowerCase());
  });
}
