// Schemas (each a zod schema with a type of the same name) and the result type.
// Results
export { ok, parseArg } from "../result";
export type { InputError, InputIssue, Result } from "../result";

// Schemas (each a zod schema with a type of the same name)
export { FIELD_LIMITS } from "./field-limits";
export { IsoDate } from "./iso-date";
export { CIRCLE_IDS, CircleId } from "./circle-id";
export { TIES, Tie, strengthenTie, tieRank } from "./tie";
export { Pivot } from "./pivot";
export type { PivotInput } from "./pivot";
export { CONTACT_STATUSES, Contact, ContactStatus, REACHED_STATUSES, Transition } from "./contact";
export { ASK_FORMATS, ASK_KINDS, ASK_STATUSES, Ask, AskFormat, AskKind, AskStatus } from "./ask";
export { INTERACTION_TYPES, Interaction, InteractionType } from "./interaction";
export { SEVERITIES, Finding, Severity, Suggestion } from "./finding";
export { Allowance, AskCost, AskLevel, AskVerdict, REPUTATION_LEVELS, Reputation } from "./ask-verdict";
export { AskContext, OpenAsk } from "./ask-context";
export type { AskContextInput } from "./ask-context";
export { DraftMessage, HeldBack, PLAN_ACTIONS, PlanAction, PlanItem, WeekPlan } from "./plan-item";
export { LintReport, ReadAsk } from "./lint-report";
export {
  CHANNELS,
  Channel,
  LintContext,
  LintOptions,
  MESSAGE_PURPOSES,
  MessagePurpose,
  RuleSetting,
} from "../lint/lint-context";
