import { z } from "zod";
import { parseArgs, type Result } from "../result";
import { INTERACTION_TYPES, Interaction } from "../schemas/interaction";
import { IsoDate } from "../schemas/iso-date";
import { holidaySet } from "./calendar";

export const FollowUpOptions = z.object({ holidays: z.array(IsoDate).default([]) });
export type FollowUpOptions = z.input<typeof FollowUpOptions>;

/** By date, and on the same day in the order things happen (sent before replied), so input order never matters. */
export const byDate = (a: Interaction, b: Interaction): number =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : INTERACTION_TYPES.indexOf(a.type) - INTERACTION_TYPES.indexOf(b.type);

/** Each contact's interactions, in the order they happened. */
export function groupByContact(interactions: readonly Interaction[]): Map<string, Interaction[]> {
  const map = new Map<string, Interaction[]>();
  for (const i of interactions) {
    const list = map.get(i.contactId);
    if (list) list.push(i);
    else map.set(i.contactId, [i]);
  }
  for (const list of map.values()) list.sort(byDate);
  return map;
}

export interface HistoryArgs<C> {
  contact: C;
  /** This contact's interactions, in the order they happened. */
  history: Interaction[];
  today: string;
  holidays: Set<number>;
}

/** Validates the arguments every follow-up function takes: a contact, interactions, today and options. */
export function parseHistoryArgs<S extends z.ZodType<{ id: string }>>(
  contactSchema: S,
  contact: unknown,
  interactions: unknown,
  today: unknown,
  options: unknown,
): Result<HistoryArgs<z.output<S>>> {
  const args = parseArgs({
    contact: [contactSchema, contact],
    interactions: [z.array(Interaction), interactions],
    today: [IsoDate, today],
    options: [FollowUpOptions, options],
  });
  if (!args.ok) return args;
  const { interactions: list, today: t, options: o } = args.value;
  // The contact's type is the caller's schema's, which inference cannot follow through a generic.
  const c = args.value.contact as z.output<S>;
  const history = list.filter((i) => i.contactId === c.id).sort(byDate);
  return { ok: true, value: { contact: c, history, today: t, holidays: holidaySet(o.holidays) } };
}
