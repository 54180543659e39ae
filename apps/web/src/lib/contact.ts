import type { Contact, Interaction } from "@enlist/core/schemas";
import type { StoredContact, StoredInteraction } from "../api/types";

/** The core Contact of a stored one, for the core functions that run in the page. */
export const toCoreContact = ({ createdAt: _c, updatedAt: _u, version: _v, ...contact }: StoredContact): Contact =>
  contact as Contact;

export const toCoreInteraction = (i: StoredInteraction): Interaction =>
  ({ contactId: i.contactId, type: i.type, date: i.date, ...(i.note ? { note: i.note } : {}) }) as Interaction;
