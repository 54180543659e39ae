import { z } from "zod";
import { FIELD_LIMITS } from "./field-limits";
import { IsoDate } from "./iso-date";

export const INTERACTION_TYPES = [
  "sent",
  "replied",
  "met",
  "helped",
  "thanked",
  "updated",
  "declined",
  "no-reply",
] as const;
export const InteractionType = z.enum(INTERACTION_TYPES);
export type InteractionType = z.infer<typeof InteractionType>;

export const Interaction = z.object({
  contactId: z.string().min(1).max(FIELD_LIMITS.contact.id),
  type: InteractionType,
  date: IsoDate,
  note: z.string().max(FIELD_LIMITS.interaction.note).optional(),
});
export type Interaction = z.infer<typeof Interaction>;
