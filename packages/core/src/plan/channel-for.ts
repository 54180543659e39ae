import type { Contact } from "../schemas/contact";
import type { Channel } from "../lint/lint-context";

/**
 * Where to write to someone by default: e-mail when there is an address; on LinkedIn a message to a
 * connection (a LinkedIn export lists only people already connected, with the day they connected) and a
 * connection note to anyone else.
 */
export function channelFor(contact: Pick<Contact, "email" | "linkedInUrl" | "connectedOn">): Channel {
  if (contact.email || !contact.linkedInUrl) return "email";
  return contact.connectedOn ? "linkedin-message" : "linkedin-note";
}
