import { z } from "zod";
import { IsoDate } from "../schemas/iso-date";

/** Minutes of the user's own time each action takes; the budget is spent in these units. */
export const ACTION_MINUTES = {
  thank: 5,
  "follow-up": 5,
  update: 10,
  "check-in": 10,
  "reach-out": 15,
  research: 20,
  "move-on": 2,
} as const;

export const PlanOptions = z.object({
  holidays: z.array(IsoDate).default([]),
  minutes: z
    .object({
      thank: z.number().int().min(0).default(ACTION_MINUTES.thank),
      "follow-up": z.number().int().min(0).default(ACTION_MINUTES["follow-up"]),
      update: z.number().int().min(0).default(ACTION_MINUTES.update),
      "check-in": z.number().int().min(0).default(ACTION_MINUTES["check-in"]),
      "reach-out": z.number().int().min(0).default(ACTION_MINUTES["reach-out"]),
      research: z.number().int().min(0).default(ACTION_MINUTES.research),
      "move-on": z.number().int().min(0).default(ACTION_MINUTES["move-on"]),
    })
    .prefault({}),
  /** The longest list a week should show, however large the budget. */
  maxItems: z.number().int().min(1).max(500).default(40),
  /** The user's name, to sign the drafted messages of reach-outs; without it, no drafts are written. */
  senderName: z.string().trim().min(1).max(100).optional(),
  /** Days after help was given before closing the loop with an update. */
  updateAfterDays: z.number().int().min(0).default(14),
});
export type PlanOptions = z.infer<typeof PlanOptions>;
export type PlanOptionsInput = z.input<typeof PlanOptions>;
