import type { Ask } from "../schemas/ask";
import type { AskContext } from "../schemas/ask-context";
import type { AskCost } from "../schemas/ask-verdict";
import type { Contact } from "../schemas/contact";
import type { Severity, Suggestion } from "../schemas/finding";

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

export interface RuleMeta {
  description: string;
  /** The highest severity the rule reports when not configured. */
  severity: Severity;
  /** The rule's page, as an absolute URL: it has to work from an installed package, far from the repository. */
  docs: string;
}

export interface AskRule {
  id: string;
  meta: RuleMeta;
  check(input: AskRuleInput): AskRuleReport[];
}

/** The rules' pages on the repository's default branch; package.json's `repository` names the same one. */
export const RULE_DOCS_BASE = "https://github.com/enlist-app/enlist/blob/main/docs/rules/";

export const docsUrl = (id: string): string => `${RULE_DOCS_BASE}${id}.md`;

/** "a stranger", "an acquaintance", "a close tie". */
export function withArticle(tie: string): string {
  const noun = tie === "close" ? "close tie" : tie === "weak" ? "weak tie" : tie;
  return `${/^[aeiou]/.test(noun) ? "an" : "a"} ${noun}`;
}

export { personWords, type PersonWords } from "../text/person-words";
