import { SEVERITIES } from "../schemas/enum-values";
import type { Severity } from "../schemas/finding";

/** What a rule says about itself, the same for ask rules and message rules. */
export interface RuleMeta {
  description: string;
  /** The highest severity the rule reports when not configured. */
  severity: Severity;
  /** The rule's page, as an absolute URL: it has to work from an installed package, far from the repository. */
  docs: string;
}

/**
 * A rule of either kind: an id (also its file's name and its page's), what it says about itself, and a
 * check from what it reads to what it reports. Ask rules and message rules differ only in those two types.
 */
export interface Rule<Input, Report> {
  id: string;
  meta: RuleMeta;
  check(input: Input): Report[];
}

/** The rules' pages on the repository's default branch; package.json's `repository` names the same one. */
export const RULE_DOCS_BASE = "https://github.com/enlist-app/enlist/blob/main/docs/rules/";

export const docsUrl = (id: string): string => `${RULE_DOCS_BASE}${id}.md`;

/** How a caller sets a rule, for either kind: off, or the severity every one of its findings gets. */
export const RULE_SETTINGS = ["off", ...SEVERITIES] as const;
export type RuleSettingValue = (typeof RULE_SETTINGS)[number];
