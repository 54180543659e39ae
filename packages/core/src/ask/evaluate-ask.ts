import type { Ask } from "../schemas/ask";
import type { AskContext } from "../schemas/ask-context";
import type { AskCost, AskLevel } from "../schemas/ask-verdict";
import type { Contact } from "../schemas/contact";
import type { Finding } from "../schemas/finding";
import { allowanceFor, countRapport } from "./allowance";
import { formatOf, isRecurring, minutesOf, pressureDaysOf, reputationOf, travelOf } from "./ask-cost";
import type { AskRule } from "./ask-rule";
import { namesOwnDocument } from "./ask-text";
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

export interface Evaluation {
  findings: Finding[];
  /** Which finding of its rule each one is (`messageId`), index for index with `findings`. */
  messageIds: (string | undefined)[];
  cost: AskCost;
  level: AskLevel;
}

/** Runs every enabled rule over already-validated input. */
export function evaluateAsk(ask: Ask, contact: Contact, context: AskContext): Evaluation {
  return evaluateWith(ASK_RULES, ask, contact, context);
}

/** The same with a given set of rules: the linter takes only those a message without a history can use. */
export function evaluateWith(rules: readonly AskRule[], asked: Ask, contact: Contact, context: AskContext): Evaluation {
  const ask = asJudged(asked);
  const cost = costOf(ask, contact, context);
  const findings: Finding[] = [];
  const messageIds: (string | undefined)[] = [];
  for (const rule of rules) {
    const setting = context.rules[rule.id];
    if (setting === "off") continue;
    for (const report of rule.check({ ask, contact, context, cost })) {
      const finding: Finding = { ruleId: rule.id, severity: setting ?? report.severity, message: report.message };
      if (report.suggestion) finding.suggestion = report.suggestion;
      findings.push(finding);
      messageIds.push(report.messageId);
    }
  }
  return { findings, messageIds, cost, level: levelOf(findings) };
}

/**
 * Whether the rules find nothing above a hint: the same answer as `evaluateWith(…).level === "reasonable"`,
 * stopping at the first warning or error. Right-sizing asks it of up to four smaller asks, and most fail on
 * their first rule; the messages of the findings it would throw away are never written.
 */
export function isReasonableWith(
  rules: readonly AskRule[],
  asked: Ask,
  contact: Contact,
  context: AskContext,
): boolean {
  const ask = asJudged(asked);
  const cost = costOf(ask, contact, context);
  for (const rule of rules) {
    const setting = context.rules[rule.id];
    if (setting === "off") continue;
    for (const report of rule.check({ ask, contact, context, cost })) {
      if ((setting ?? report.severity) !== "info") return false;
    }
  }
  return true;
}

const REVIEW_IN_DISGUISE = new Set("questions advice feedback call meeting coffee".split(" "));

/** "Two questions about my résumé" is a review of it, whatever the form says, and is judged as one. */
function asJudged(ask: Ask): Ask {
  return REVIEW_IN_DISGUISE.has(ask.kind) && namesOwnDocument(ask.specifics) ? { ...ask, kind: "resume-review" } : ask;
}
