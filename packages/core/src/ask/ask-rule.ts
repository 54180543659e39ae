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
  /** Path of the rule's page in the repository's docs. */
  docs: string;
}

export interface AskRule {
  id: string;
  meta: RuleMeta;
  check(input: AskRuleInput): AskRuleReport[];
}

export const docsPath = (id: string): string => `docs/rules/${id}.md`;

/** "a stranger", "an acquaintance", "a close tie". */
export function withArticle(tie: string): string {
  const noun = tie === "close" ? "close tie" : tie === "weak" ? "weak tie" : tie;
  return `${/^[aeiou]/.test(noun) ? "an" : "a"} ${noun}`;
}

/** How a rule names the recipient: by name, or as "they" when the name is unknown ("", "them"). */
export interface PersonWords {
  /** "Sarah Chen" / "they", as the subject of a sentence's middle. */
  subject: string;
  /** "Sarah Chen" / "They", opening a sentence. */
  Subject: string;
  /** "Sarah Chen" / "them". */
  object: string;
  /** "Sarah Chen's" / "their". */
  possessive: string;
  /** "has" / "have", agreeing with the subject. */
  has: string;
}

const UNNAMED = new Set(["", "them", "they", "someone", "recipient", "contact", "draft"]);

export function personWords(name: string): PersonWords {
  const n = name.trim();
  if (UNNAMED.has(n.toLowerCase())) return { subject: "they", Subject: "They", object: "them", possessive: "their", has: "have" };
  return { subject: n, Subject: n, object: n, possessive: `${n}'s`, has: "has" };
}
