import { z } from "zod";
import { parseArg, type Result } from "../result";
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
  const c = parseArg(contactSchema, contact, "contact");
  if (!c.ok) return c;
  const list = parseArg(z.array(Interaction), interactions, "interactions");
  if (!list.ok) return list;
  const t = parseArg(IsoDate, today, "today");
  if (!t.ok) return t;
  const o = parseArg(FollowUpOptions, options, "options");
  if (!o.ok) return o;
  const history = list.value.filter((i) => i.contactId === c.value.id).sort(byDate);
  return { ok: true, value: { contact: c.value, history, today: t.value, holidays: holidaySet(o.value.holidays) } };
}
