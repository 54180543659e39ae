// The weekly planner.
export { planWeek } from "./plan-week";
export { ACTION_MINUTES, PlanOptions } from "./plan-options";
export type { PlanOptionsInput } from "./plan-options";
