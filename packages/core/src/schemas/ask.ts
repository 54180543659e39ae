import { z } from "zod";
import { FIELD_LIMITS } from "./field-limits";
import { IsoDate } from "./iso-date";

export const ASK_KINDS = [
  "questions",
  "advice",
  "introduction",
  "resume-review",
  "call",
  "coffee",
  "meeting",
  "shadowing",
  "referral",
  "job",
  "mentorship",
  "feedback",
  "reference",
] as const;
export const AskKind = z.enum(ASK_KINDS);
export type AskKind = z.infer<typeof AskKind>;

export const ASK_FORMATS = ["async", "call", "video", "in-person"] as const;
export const AskFormat = z.enum(ASK_FORMATS);
export type AskFormat = z.infer<typeof AskFormat>;

export const Ask = z.object({
  kind: AskKind,
  /** Whom to introduce, which topic, which document: the concrete object of the ask. */
  specifics: z.string().max(FIELD_LIMITS.ask.specifics),
  format: AskFormat.optional(),
  /** The recipient's time, in minutes. */
  minutes: z.number().int().min(0).max(100_000).optional(),
  /** Travel the ask needs from the recipient, in minutes. */
  travelMinutes: z.number().int().min(0).max(10_000).optional(),
  deadline: IsoDate.optional(),
  recurring: z.boolean().optional(),
  questions: z.number().int().min(0).max(100).optional(),
});
export type Ask = z.infer<typeof Ask>;

/** Where an ask the user made stands: still open, granted, declined by the person, or taken back. */
export const ASK_STATUSES = ["open", "granted", "declined", "withdrawn"] as const;
export const AskStatus = z.enum(ASK_STATUSES);
export type AskStatus = z.infer<typeof AskStatus>;
