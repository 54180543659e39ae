import type { FindContactAnswer, LogSentAnswer, Recipient, Request } from "../shared/messages";
import { FREE_ACCOUNT_KEY, personKey, type PersonContext } from "../shared/settings";

/** What the user told the panel about this person, if they did. */
export async function loadPerson(r: Recipient): Promise<PersonContext | null> {
  const key = personKey(r);
  if (!key) return null;
  const got = await chrome.storage.local.get(key);
  return (got[key] as PersonContext | undefined) ?? null;
}

export async function savePerson(r: Recipient, value: PersonContext): Promise<void> {
  const key = personKey(r);
  if (key) await chrome.storage.local.set({ [key]: value });
}

export async function loadFreeAccount(): Promise<boolean> {
  return (await chrome.storage.local.get(FREE_ACCOUNT_KEY))[FREE_ACCOUNT_KEY] === true;
}

export const saveFreeAccount = (free: boolean) => chrome.storage.local.set({ [FREE_ACCOUNT_KEY]: free });

// The content script never opens a connection itself: the background service worker does, for the user's own server only.
const ask = <T>(request: Request) => chrome.runtime.sendMessage(request) as Promise<T>;

export const findContact = (recipient: Recipient) => ask<FindContactAnswer>({ type: "find-contact", recipient });
export const logSent = (contactId: string, date: string) => ask<LogSentAnswer>({ type: "log-sent", contactId, date });
