// The weekly planner.
export { planWeek } from "./plan-week";
export { firstAsk } from "./first-ask";
export { withTrust } from "./discretion";
export { ACTION_PURPOSE, actionDone, SENT_AS } from "./action-done";
export type { ActionDone } from "./action-done";
export { ACTION_MINUTES, PlanOptions } from "./plan-options";
export type { PlanOptionsInput } from "./plan-options";
export { statusAfter, statusFrom } from "./contact-status";
export { CHECK_IN_WEEKS, checkInWeeks } from "./check-in";
export { checkInsDue } from "./check-ins-due";
export type { CheckInDue } from "./check-ins-due";
export type { StatusEvent } from "./contact-status";
export { channelFor } from "./channel-for";
