// The public surface of @enlist/core, listed by hand: nothing here is exported by accident.

// Results
export { ok } from "./result";
export type { InputError, InputIssue, Result } from "./result";

// Schemas (each a zod schema with a type of the same name)
export { IsoDate } from "./schemas/iso-date";
export { CIRCLE_IDS, CircleId } from "./schemas/circle-id";
export { TIES, Tie, strengthenTie, tieRank } from "./schemas/tie";
export { Pivot } from "./schemas/pivot";
export type { PivotInput } from "./schemas/pivot";
export { CONTACT_STATUSES, Contact, ContactStatus, Transition } from "./schemas/contact";
export { ASK_FORMATS, ASK_KINDS, Ask, AskFormat, AskKind } from "./schemas/ask";
export { INTERACTION_TYPES, Interaction, InteractionType } from "./schemas/interaction";
export { SEVERITIES, Finding, Severity, Suggestion } from "./schemas/finding";
export { Allowance, AskCost, AskLevel, AskVerdict, REPUTATION_LEVELS, Reputation } from "./schemas/ask-verdict";
export { AskContext, OpenAsk } from "./schemas/ask-context";
export type { AskContextInput } from "./schemas/ask-context";
export { DraftMessage, PLAN_ACTIONS, PlanAction, PlanItem, WeekPlan } from "./schemas/plan-item";

// Circles
export { CIRCLES, fillQuestion } from "./circles/circles";
export type { Circle } from "./circles/circles";
export { TIARA_QUESTIONS } from "./circles/tiara";
export type { TiaraTopic } from "./circles/tiara";
export { suggestCircle } from "./circles/suggest-circle";
export type { CircleSuggestion } from "./circles/suggest-circle";

// Ask reasonableness
export { checkAsk } from "./ask/check-ask";
export { DEFAULT_ALLOWANCES } from "./ask/allowance";
export { ASK_RULES } from "./ask/rules/registry";
export type { AskRule, AskRuleInput, AskRuleReport, RuleMeta } from "./ask/ask-rule";

// Follow-ups (3B7)
export { addBusinessDays, businessDaysBetween } from "./follow-up/business-days";
export { FOLLOW_UP_AFTER, FOLLOW_UP_STATES, FollowUpOptions, REACH_NEXT_AFTER, followUpState } from "./follow-up/follow-up-state";
export type { FollowUpState, FollowUpStateName } from "./follow-up/follow-up-state";
export { classifyResponder } from "./follow-up/classify-responder";
export type { Responder } from "./follow-up/classify-responder";

// Planner
export { planWeek } from "./plan/plan-week";
export { ACTION_MINUTES, PlanOptions } from "./plan/plan-options";
export type { PlanOptionsInput } from "./plan/plan-options";

// Discovery
export { linkedInSearch } from "./discovery/linkedin-search";
export type { SearchString } from "./discovery/linkedin-search";

// Message lint
export { lintMessage, MAX_TEXT } from "./lint/lint-message";
export { CHANNELS, Channel, LintContext, LintOptions, LintReport, MESSAGE_PURPOSES, MessagePurpose, RuleSetting } from "./lint/lint-context";
export { LINT_RULES } from "./lint/rules/registry";
export { LIMITS as CHANNEL_LIMITS, bodyLimit } from "./lint/rules/channel-limit";
export type { LintInput, LintRule, LintRuleReport, MessageContext } from "./lint/lint-rule";
export type { Anatomy, Sentence, Span } from "./lint/anatomy";

// Message builder
export { buildMessage } from "./build/build-message";
export type { BuiltMessage } from "./build/build-message";
export { BuildInput, MessagePart, PART_NAMES, PartName, Recipient, Sender } from "./build/build-input";
export type { BuildInputInput } from "./build/build-input";
