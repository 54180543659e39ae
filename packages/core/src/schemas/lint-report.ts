import { z } from "zod";
import { Ask, ASK_KINDS } from "./ask";
import { AskLevel } from "./ask-verdict";
import { Finding } from "./finding";

/** A request the linter read in the message: "what Enlist reads as your ask". */
export const ReadAsk = z.object({
  /** UTF-16 offsets of the sentence or sentences that make the request. */
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  form: z.enum(["question", "indirect", "imperative"]),
  kind: z.enum([...ASK_KINDS, "connect"]),
  minutes: z.number().optional(),
  questions: z.number().optional(),
  inPerson: z.boolean(),
  recurring: z.boolean(),
  /** What it is about, as written; "" when unsaid. */
  topic: z.string(),
  /** The request as written. */
  text: z.string(),
  /** checkAsk's verdict for this ask and tie; null for a connection request or when no tie is given. */
  level: AskLevel.nullable(),
  /** The same ask in checkAsk's terms; null for a connection request. */
  ask: Ask.nullable(),
});
export type ReadAsk = z.infer<typeof ReadAsk>;

export const LintReport = z.object({
  findings: z.array(Finding),
  /** The requests read in the message, in order. */
  asks: z.array(ReadAsk),
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
