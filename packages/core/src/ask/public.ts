// Ask reasonableness: checkAsk and its rules.
export { checkAsk } from "./check-ask";
export { DEFAULT_ALLOWANCES } from "./allowance";
export { askDefaults } from "./ask-cost";
export { ASK_RULES } from "./rules/registry";
export type { AskRule, AskRuleInput, AskRuleReport } from "./ask-rule";
export type { Rule, RuleMeta } from "../rules/rule";
