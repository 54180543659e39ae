import { z } from "zod";
import { CircleId } from "../schemas/circle-id";
import { Finding, Severity } from "../schemas/finding";
import { Tie } from "../schemas/tie";

export const CHANNELS = ["email", "linkedin-note", "linkedin-message", "text"] as const;
export const Channel = z.enum(CHANNELS);
export type Channel = z.infer<typeof Channel>;

export const MESSAGE_PURPOSES = ["ask", "follow-up", "thank", "update"] as const;
export const MessagePurpose = z.enum(MESSAGE_PURPOSES);
export type MessagePurpose = z.infer<typeof MessagePurpose>;

export const LintContext = z.object({
  channel: Channel,
  /** E-mail subject, or an InMail subject on `linkedin-message`. */
  subject: z.string().max(10_000).optional(),
  circle: CircleId.optional(),
  tie: Tie.optional(),
  recipientName: z.string().max(200).optional(),
  currentColleague: z.boolean().optional(),
  stillEmployed: z.boolean().optional(),
  /** A first message to this person. Defaults to true for strangers and weak ties. */
  firstContact: z.boolean().optional(),
  /** Free LinkedIn accounts get 200 characters for a connection note instead of 300. */
  linkedInFreeAccount: z.boolean().optional(),
  /** What the message is for; thank-you notes and updates need no request. Default "ask". */
  purpose: MessagePurpose.optional(),
});
export type LintContext = z.infer<typeof LintContext>;

export const RuleSetting = z.union([z.literal("off"), Severity]);
export type RuleSetting = z.infer<typeof RuleSetting>;

export const LintOptions = z.object({
  preset: z.enum(["recommended", "strict"]).optional(),
  /** Per rule: "off", or the severity all of its findings get. Applied over the preset. */
  rules: z.record(z.string(), RuleSetting).optional(),
});
export type LintOptions = z.infer<typeof LintOptions>;

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
