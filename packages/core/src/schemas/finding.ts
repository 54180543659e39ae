import { z } from "zod";
import { Ask } from "./ask";
import { SEVERITIES } from "./enum-values";

export { SEVERITIES };
export const Severity = z.enum(SEVERITIES);
export type Severity = z.infer<typeof Severity>;

export const Suggestion = z.object({
  /** Plain words: what to do instead. */
  message: z.string(),
  /** Replacement for the text between the finding's `start` and `end`. */
  replacement: z.string().optional(),
  /** A smaller ask that fits. */
  ask: Ask.optional(),
});
export type Suggestion = z.infer<typeof Suggestion>;

export const Finding = z.object({
  ruleId: z.string(),
  severity: Severity,
  message: z.string(),
  /** UTF-16 offsets into the text the finding is about, `end` exclusive. */
  start: z.number().int().min(0).optional(),
  end: z.number().int().min(0).optional(),
  /** Which text the offsets point into: the message body (default) or the e-mail subject. */
  target: z.enum(["body", "subject"]).optional(),
  suggestion: Suggestion.optional(),
});
export type Finding = z.infer<typeof Finding>;
