import { buildMessage } from "../build/build-message";
import type { Ask } from "../schemas/ask";
import type { Contact } from "../schemas/contact";
import type { Pivot } from "../schemas/pivot";
import type { DraftMessage } from "../schemas/plan-item";
import { channelFor } from "./channel-for";
import { FIELD_LIMITS } from "../schemas/field-limits";

/**
 * A first draft of the reach-out, from what is known of the contact: their research notes as the
 * compliment, how you are connected, their transition. E-mail when there is an address, else a LinkedIn
 * note. Undefined when the contact's own text cannot make a clean message (the user writes that one).
 */
export function draftFor(
  contact: Contact,
  ask: Ask,
  pivot: Pivot,
  senderName: string,
  seed: number,
): DraftMessage | undefined {
  // Notes are written about them ("Her talk on …"); the builder turns them to the reader ("your talk on …").
  const notes = contact.researchNotes?.trim();
  const built = buildMessage({
    recipient: {
      name: contact.name,
      circle: contact.circle,
      tie: contact.tie,
      ...(notes && notes.length <= FIELD_LIMITS.message.compliment ? { compliment: notes } : {}),
      ...(contact.connection && contact.connection.length <= FIELD_LIMITS.message.connection
        ? { connection: contact.connection }
        : {}),
      ...(contact.transition ? { transition: contact.transition } : {}),
      ...(contact.currentColleague !== undefined ? { currentColleague: contact.currentColleague } : {}),
    },
    sender: {
      name: senderName,
      pivot: { fromField: pivot.fromField, toField: pivot.toField, stillEmployed: pivot.stillEmployed },
    },
    ask,
    channel: channelFor(contact),
    tone: contact.tie === "close" || contact.tie === "friend" ? "warm" : "professional",
    seed,
  });
  if (!built.ok) return undefined;
  return { ...(built.value.subject !== undefined ? { subject: built.value.subject } : {}), body: built.value.body };
}
