import { z } from "zod";
import type { Result } from "../result";
import type { Interaction } from "../schemas/interaction";
import { countBusinessDays } from "./business-days";
import { toDayNumber } from "./calendar";
import { FOLLOW_UP_AFTER, REACH_NEXT_AFTER } from "./follow-up-state";
import { parseHistoryArgs, type FollowUpOptions } from "./history-args";

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
export function classifyResponder(
  contact: unknown,
  interactions: unknown,
  today: unknown,
  options: FollowUpOptions = {},
): Result<Responder> {
  const args = parseHistoryArgs(ContactRef, contact, interactions, today, options);
  if (!args.ok) return args;
  return { ok: true, value: classifyFrom(args.value.history, args.value.today, args.value.holidays) };
}
