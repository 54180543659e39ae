import type { Ask } from "../schemas/ask";
import type { AskContext } from "../schemas/ask-context";
import type { AskCost, AskLevel } from "../schemas/ask-verdict";
import type { Contact } from "../schemas/contact";
import type { Finding } from "../schemas/finding";
import { allowanceFor, countRapport } from "./allowance";
import { formatOf, isRecurring, minutesOf, pressureDaysOf, reputationOf, travelOf } from "./ask-cost";
import { ASK_RULES } from "./rules/registry";

export function costOf(ask: Ask, contact: Contact, context: AskContext): AskCost {
  const rapport = countRapport(contact.id, context.interactions);
  return {
    minutes: minutesOf(ask),
    travelMinutes: travelOf(ask),
    reputation: reputationOf(ask),
    commitment: isRecurring(ask),
    pressureDays: pressureDaysOf(ask, context.today),
    format: formatOf(ask),
    rapport,
    allowance: allowanceFor(contact.tie, rapport, context.allowances),
  };
}

export function levelOf(findings: readonly Finding[]): AskLevel {
  if (findings.some((f) => f.severity === "error")) return "unreasonable";
  if (findings.some((f) => f.severity === "warning")) return "stretch";
  return "reasonable";
}

/** Runs every enabled rule over already-validated input. */
export function evaluateAsk(ask: Ask, contact: Contact, context: AskContext): { findings: Finding[]; cost: AskCost; level: AskLevel } {
  const cost = costOf(ask, contact, context);
  const findings: Finding[] = [];
  for (const rule of ASK_RULES) {
    const setting = context.rules[rule.id];
    if (setting === "off") continue;
    for (const report of rule.check({ ask, contact, context, cost })) {
      const finding: Finding = { ruleId: rule.id, severity: setting ?? report.severity, message: report.message };
      if (report.suggestion) finding.suggestion = report.suggestion;
      findings.push(finding);
    }
  }
  return { findings, cost, level: levelOf(findings) };
}
