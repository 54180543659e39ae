import { z } from "zod";
import { FIELD_LIMITS } from "./field-limits";

const Field = z.string().trim().min(1, "must not be empty").max(FIELD_LIMITS.pivot.field);

export const Pivot = z.object({
  fromField: Field,
  toField: Field,
  targetRoles: z.array(z.string().trim().min(1).max(FIELD_LIMITS.pivot.targetRole)).max(50).default([]),
  /** Turns on discretion with current colleagues. */
  stillEmployed: z.boolean(),
  /**
   * Where the user works now: contacts whose company matches it are current colleagues
   * (matchCurrentEmployer), kept out of outreach about the move while the user is still employed.
   */
  currentEmployer: z.string().trim().min(1, "must not be empty").max(FIELD_LIMITS.pivot.currentEmployer).optional(),
  /** The user's own time for outreach each week; the planner never plans more. */
  weeklyMinutes: z.number().int().min(0).max(10_080),
});
export type Pivot = z.infer<typeof Pivot>;
export type PivotInput = z.input<typeof Pivot>;
