import type { Ask, Channel, MessagePurpose } from "@enlist/core/schemas";

/** What the composer keeps in local storage, so that nothing typed is lost to a failed save or a closed tab. */
export interface Draft {
  channel: Channel;
  purpose: MessagePurpose;
  subject: string;
  body: string;
  ask: Ask;
  savedAt: string;
}

const key = (contactId: string | undefined) => `enlist.draft.${contactId ?? "new"}`;

export function loadDraft(contactId: string | undefined): Draft | null {
  try {
    const raw = localStorage.getItem(key(contactId));
    if (!raw) return null;
    const d = JSON.parse(raw) as Partial<Draft>;
    return typeof d.body === "string" && typeof d.channel === "string" && d.ask && typeof d.ask.kind === "string"
      ? (d as Draft)
      : null;
  } catch {
    // Storage turned off or a damaged entry: start without it.
    return null;
  }
}

export function saveDraft(contactId: string | undefined, draft: Omit<Draft, "savedAt">): void {
  try {
    localStorage.setItem(key(contactId), JSON.stringify({ ...draft, savedAt: new Date().toISOString() }));
  } catch {
    // A full or disabled storage must not stop the user typing.
  }
}

export function clearDraft(contactId: string | undefined): void {
  try {
    localStorage.removeItem(key(contactId));
  } catch {
    // Nothing to clear.
  }
}
