import { z } from "zod";
import { Finding } from "./finding";

export const LintReport = z.object({
  findings: z.array(Finding),
  /** No error findings: the message can be sent. */
  ready: z.boolean(),
  /** 100 for a clean message; each finding takes points off by severity. */
  score: z.number().int().min(0).max(100),
  /** Words in the message itself, not counting the signature or a quoted reply. */
  words: z.number().int().min(0),
  /** UTF-16 length of the whole text, as LinkedIn and most counters count it. */
  characters: z.number().int().min(0),
});
export type LintReport = z.infer<typeof LintReport>;
