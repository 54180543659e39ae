import type { Rule } from "../rules/rule";
import type { Severity, Suggestion } from "../schemas/finding";
import type { Anatomy, Sentence } from "./anatomy";
import type { LintContext, MessagePurpose } from "./lint-context";
import type { JudgedAsk } from "./read/judge-reading";

/** The context with its defaults worked out once, so rules never repeat them. */
export interface MessageContext extends LintContext {
  firstContact: boolean;
  purpose: MessagePurpose;
  /** A request is expected: the message asks for something (not a thank-you or an update). */
  asks: boolean;
  /** The purpose was worked out from the text, not given. */
  purposeInferred: boolean;
}

export interface LintInput {
  message: Anatomy;
  context: MessageContext;
  /** The requests the message makes, read once for all rules and judged as `checkAsk` judges them. */
  asks: JudgedAsk[];
  /** The sentences those requests are made in. */
  requests: Sentence[];
}

export interface LintRuleReport {
  /** Omitted: the rule's default severity. */
  severity?: Severity;
  message: string;
  start: number;
  end: number;
  target?: "subject";
  suggestion?: Suggestion;
}

/** A message rule: reads the message once prepared, reports spans of it. */
export type LintRule = Rule<LintInput, LintRuleReport>;

export { docsUrl, type RuleMeta } from "../rules/rule";
