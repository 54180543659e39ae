import { z } from "zod";
import { FIELD_LIMITS } from "../schemas/field-limits";
import { Ask } from "../schemas/ask";
import { CircleId } from "../schemas/circle-id";
import { Transition } from "../schemas/contact";
import { Tie } from "../schemas/tie";
import { Channel } from "../lint/lint-context";

/** One line of free text: line breaks are folded to spaces, since each part is a phrase inside a sentence. */
const Phrase = (max: number) =>
  z
    .string()
    .max(max)
    .transform((s) => s.replace(/\s+/g, " ").trim());

const Name = Phrase(FIELD_LIMITS.message.name).refine((s) => /\p{L}/u.test(s), { message: "must contain a letter" });

export const Recipient = z.object({
  name: Name,
  circle: CircleId,
  tie: Tie,
  /** How you are connected: "we met at DevLearn 2025", "Priya Raman suggested I write to you". */
  connection: Phrase(FIELD_LIMITS.message.connection).optional(),
  /** The specific thing they did that you admire: "talk on microlearning at DevLearn 2025". */
  compliment: Phrase(FIELD_LIMITS.message.compliment).optional(),
  transition: Transition.optional(),
  currentColleague: z.boolean().optional(),
  firstContact: z.boolean().optional(),
});
export type Recipient = z.infer<typeof Recipient>;

export const Sender = z.object({
  name: Name,
  pivot: z
    .object({
      fromField: Phrase(FIELD_LIMITS.message.field).pipe(z.string().min(1, "must not be empty")),
      toField: Phrase(FIELD_LIMITS.message.field).pipe(z.string().min(1, "must not be empty")),
      stillEmployed: z.boolean().optional(),
    })
    .optional(),
});
export type Sender = z.infer<typeof Sender>;

export const BuildInput = z.object({
  recipient: Recipient,
  sender: Sender,
  ask: Ask,
  channel: Channel,
  tone: z.enum(["warm", "professional"]).default("professional"),
  /** Picks among the phrasings of each part, so that messages do not all read alike. */
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 32 - 1)
    .default(0),
  linkedInFreeAccount: z.boolean().optional(),
});
export type BuildInput = z.infer<typeof BuildInput>;
export type BuildInputInput = z.input<typeof BuildInput>;

export const PART_NAMES = [
  "greeting",
  "connection",
  "compliment",
  "reason",
  "ask",
  "easy-out",
  "thanks",
  "sign-off",
] as const;
export const PartName = z.enum(PART_NAMES);
export type PartName = z.infer<typeof PartName>;

export const MessagePart = z.object({
  name: PartName,
  /** UTF-16 offsets into `body`, `end` exclusive. */
  start: z.number().int().min(0),
  end: z.number().int().min(0),
});
export type MessagePart = z.infer<typeof MessagePart>;
