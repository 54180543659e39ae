// The message linter. Its own entry, so a browser bundle that needs only lintMessage stays small: nothing
// here may import full zod (the zod schemas of its inputs are exported with the other schemas).
export { lintMessage, MAX_TEXT, readAsks } from "./lint-message";
export type { ReadAskKind, AskForm } from "./read/read-asks";
export { describeAsk } from "./read/describe-ask";
export { LINT_CONTEXT_FIELDS, LINT_OPTIONS_FIELDS, PRESETS, RULE_SETTINGS } from "./lint-context-fields";
export type { FieldSpec, FieldsSpec } from "./field-spec";
export { LINT_RULES } from "./rules/registry";
export { LIMITS as CHANNEL_LIMITS, bodyLimit } from "./rules/channel-limit";
export type { LintInput, LintRule, LintRuleReport, MessageContext } from "./lint-rule";
export type { Anatomy, Sentence, Span } from "./anatomy";
