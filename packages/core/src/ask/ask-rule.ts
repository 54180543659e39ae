import type { Ask } from "../schemas/ask";
import type { AskContext } from "../schemas/ask-context";
import type { AskCost } from "../schemas/ask-verdict";
import type { Contact } from "../schemas/contact";
import type { Severity, Suggestion } from "../schemas/finding";
import type { Rule } from "../rules/rule";

export interface AskRuleInput {
  ask: Ask;
  contact: Contact;
  context: AskContext;
  cost: AskCost;
}

/** A finding before the runner stamps it with the rule's id and the configured severity. */
export interface AskRuleReport {
  severity: Severity;
  /** Which of the rule's findings this is, for callers that treat them apart (the linter does). */
  messageId?: string;
  message: string;
  suggestion?: Suggestion;
}

/** An ask rule: reads the ask, the contact and the context, reports what is wrong with the ask. */
export type AskRule = Rule<AskRuleInput, AskRuleReport>;

/** "a stranger", "an acquaintance", "a close tie". */
export function withArticle(tie: string): string {
  const noun = tie === "close" ? "close tie" : tie === "weak" ? "weak tie" : tie;
  return `${/^[aeiou]/.test(noun) ? "an" : "a"} ${noun}`;
}

export { docsUrl, RULE_DOCS_BASE, type RuleMeta } from "../rules/rule";
export { personWords, type PersonWords } from "../text/person-words";
