import { z } from "zod";
import { Ask } from "./ask";
import { AskLevel } from "./ask-verdict";
import { CircleId } from "./circle-id";
import { IsoDate } from "./iso-date";

export const PLAN_ACTIONS = ["thank", "follow-up", "update", "check-in", "reach-out", "research", "move-on"] as const;
export const PlanAction = z.enum(PLAN_ACTIONS);
export type PlanAction = z.infer<typeof PlanAction>;

export const DraftMessage = z.object({
  subject: z.string().optional(),
  body: z.string(),
});
export type DraftMessage = z.infer<typeof DraftMessage>;

export const PlanItem = z.object({
  action: PlanAction,
  contactId: z.string(),
  contactName: z.string(),
  circle: CircleId,
  /** Why this, now, in plain words. */
  reason: z.string(),
  /** The user's own time this action takes. */
  minutes: z.number().int().min(0),
  /** For reach-out: the right-sized ask, already checked. */
  ask: Ask.optional(),
  askLevel: AskLevel.optional(),
  /** For reach-out and follow-up: a first draft to edit. */
  message: DraftMessage.optional(),
  dueOn: IsoDate.optional(),
  /** Higher is more important; used for the order within an action. */
  score: z.number(),
});
export type PlanItem = z.infer<typeof PlanItem>;

/** A current colleague the plan leaves out of outreach while the user is still employed. */
export const HeldBack = z.object({
  contactId: z.string(),
  contactName: z.string(),
  circle: CircleId,
  /** Why, in plain words, and how to let them back in. */
  reason: z.string(),
});
export type HeldBack = z.infer<typeof HeldBack>;

export const WeekPlan = z.object({
  weekOf: IsoDate,
  budgetMinutes: z.number().int().min(0),
  plannedMinutes: z.number().int().min(0),
  items: z.array(PlanItem),
  /** Actions that were due but did not fit in this week's budget. */
  deferred: z.number().int().min(0),
  /**
   * While the user is still employed: current colleagues not marked trusted, whom no outreach is planned
   * for, since it would tell them about the move. `count` is all of them; `people` the most important.
   */
  heldBack: z.object({
    count: z.number().int().min(0),
    people: z.array(HeldBack),
  }),
});
export type WeekPlan = z.infer<typeof WeekPlan>;
