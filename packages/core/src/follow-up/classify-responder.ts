import { z } from "zod";
import { parseArg, type Result } from "../result";
import { Interaction } from "../schemas/interaction";
import { IsoDate } from "../schemas/iso-date";
import { countBusinessDays } from "./business-days";
import { holidaySet, toDayNumber } from "./calendar";
import { byDate, FOLLOW_UP_AFTER, FollowUpOptions, REACH_NEXT_AFTER } from "./follow-up-state";

export type Responder = "booster" | "obligate" | "curmudgeon" | "unknown";

/** Only the id matters here, so any object with one will do (a full Contact, an API row). */
const ContactRef = z.object({ id: z.string().min(1) });

const REPLY = new Set<Interaction["type"]>(["replied", "met", "helped", "declined"]);

/** Classifies from validated, date-sorted history of one contact. */
export function classifyFrom(history: readonly Interaction[], today: string, holidays: ReadonlySet<number>): Responder {
  const between = (a: string, b: string) => countBusinessDays(toDayNumber(a), toDayNumber(b), holidays);
  let pending: string | null = null;
  let fastest = Infinity;
  for (const i of history) {
    if (i.date > today) break;
    if (i.type === "sent" && pending === null) pending = i.date;
    else if (REPLY.has(i.type) && pending !== null) {
      fastest = Math.min(fastest, between(pending, i.date));
      pending = null;
    }
  }
  if (fastest <= REACH_NEXT_AFTER) return "booster";
  if (fastest < Infinity) return "obligate";
  if (pending !== null && between(pending, today) >= FOLLOW_UP_AFTER * 2) return "curmudgeon";
  if (history.some((i) => i.type === "no-reply")) return "curmudgeon";
  return "unknown";
}

/**
 * Booster: replies within 3 business days. Obligate: replies, later. Curmudgeon: never replies (no answer
 * after the full 3B7 routine, or marked no-reply). Unknown: too early to say.
 */
export function classifyResponder(contact: unknown, interactions: unknown, today: unknown, options: FollowUpOptions = {}): Result<Responder> {
  const id = parseArg(ContactRef.transform((c) => c.id), contact, "contact");
  if (!id.ok) return id;
  const list = parseArg(z.array(Interaction), interactions, "interactions");
  if (!list.ok) return list;
  const t = parseArg(IsoDate, today, "today");
  if (!t.ok) return t;
  const o = parseArg(FollowUpOptions, options, "options");
  if (!o.ok) return o;
  const history = list.value.filter((i) => i.contactId === id.value).sort(byDate);
  return { ok: true, value: classifyFrom(history, t.value, holidaySet(o.value.holidays)) };
}
