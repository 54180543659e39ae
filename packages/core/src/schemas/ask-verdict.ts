import { z } from "zod";
import { Ask, AskFormat } from "./ask";
import { Finding } from "./finding";
import { Tie } from "./tie";

export const REPUTATION_LEVELS = ["none", "introduction", "referral"] as const;
export const Reputation = z.enum(REPUTATION_LEVELS);
export type Reputation = z.infer<typeof Reputation>;

export const Allowance = z.object({
  /** The tie after rapport moved it up. */
  tie: Tie,
  minutes: z.number(),
  travelMinutes: z.number(),
  formats: z.array(AskFormat),
  /** Formats that are a stretch rather than out of bounds (a short call to a stranger). */
  stretchFormats: z.array(AskFormat),
  reputation: Reputation,
  /** Introductions allowed only when they name the person to be introduced to. */
  introductionNeedsName: z.boolean(),
});
export type Allowance = z.infer<typeof Allowance>;

export const AskCost = z.object({
  minutes: z.number(),
  travelMinutes: z.number(),
  reputation: Reputation,
  /** The ask recurs (mentorship, weekly calls). */
  commitment: z.boolean(),
  /** Days from today to the deadline; null when there is none. */
  pressureDays: z.number().nullable(),
  format: AskFormat,
  /** Earlier positive interactions (replied, met, helped) that raised the allowance. */
  rapport: z.number(),
  allowance: Allowance,
});
export type AskCost = z.infer<typeof AskCost>;

export const AskLevel = z.enum(["reasonable", "stretch", "unreasonable"]);
export type AskLevel = z.infer<typeof AskLevel>;

export const AskVerdict = z.object({
  level: AskLevel,
  findings: z.array(Finding),
  cost: AskCost,
  /** The largest ask on the ladder that is reasonable now; null when the ask already is, or none is. */
  rightSized: Ask.nullable(),
});
export type AskVerdict = z.infer<typeof AskVerdict>;
