// Follow-ups: business days and the 3B7 routine.
export { addBusinessDays, businessDaysBetween } from "./business-days";
export { FOLLOW_UP_AFTER, FOLLOW_UP_STATES, FollowUpOptions, REACH_NEXT_AFTER, followUpState } from "./follow-up-state";
export type { FollowUpState, FollowUpStateName } from "./follow-up-state";
export { classifyResponder } from "./classify-responder";
export type { Responder } from "./classify-responder";
export { followUpsDue } from "./follow-ups-due";
export type { FollowUpDue } from "./follow-ups-due";
