import type { Circle, Recipient, Tie } from "./messages";

/** The user's own word on someone: asked once in the panel, kept in the browser. */
export interface PersonContext {
  circle?: Circle;
  tie: Tie;
}

/** The Enlist server the user connected, if any. Read by the background service worker only. */
export interface ServerSettings {
  url: string;
  token: string;
}

export const SERVER_KEY = "server";
export const FREE_ACCOUNT_KEY = "linkedInFreeAccount";

/**
 * One key per person, the same from LinkedIn and Gmail only when the page gives the same thing: the profile
 * address first, then the e-mail address, then the name.
 */
export function personKey(r: Recipient): string | null {
  if (r.linkedInUrl) return `person:li:${r.linkedInUrl.toLowerCase()}`;
  if (r.email) return `person:mail:${r.email.toLowerCase()}`;
  if (r.name) return `person:name:${r.name.trim().toLowerCase()}`;
  return null;
}

/** The server's origin as a permission pattern, for optional_host_permissions. */
export function originPattern(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.hostname}/*`;
}
