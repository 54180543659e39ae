import { parseArg, type Result } from "../result";
import { Contact } from "../schemas/contact";
import { INTERACTION_TYPES, Interaction } from "../schemas/interaction";
import { IsoDate } from "../schemas/iso-date";
import { z } from "zod";
import { addBusinessDays, businessDaysBetween } from "./business-days";

/** 3B7: after 3 business days reach the next person; after 7, follow up once; then stop. */
export const REACH_NEXT_AFTER = 3;
export const FOLLOW_UP_AFTER = 7;

export const FOLLOW_UP_STATES = [
  "not-started",
  "not-applicable",
  "waiting",
  "reach-next",
  "follow-up-due",
  "waiting-after-follow-up",
  "stop",
  "replied",
] as const;
export type FollowUpStateName = (typeof FOLLOW_UP_STATES)[number];

export interface FollowUpState {
  state: FollowUpStateName;
  /** When the first message of the current outreach was sent. */
  sentOn: string | null;
  /** Business days from sending to today (or to the reply). */
  businessDays: number;
  /** When the next step falls due: reaching the next person, the follow-up, or stopping. */
  dueOn: string | null;
  followUpsSent: number;
  explanation: string;
}

export const FollowUpOptions = z.object({ holidays: z.array(IsoDate).default([]) });
export type FollowUpOptions = z.input<typeof FollowUpOptions>;

const ANSWERED = new Set<Interaction["type"]>(["replied", "met", "helped", "declined"]);

/** Computes 3B7 state from this contact's interactions, already validated and sorted by date. */
export function followUpFrom(
  contact: Pick<Contact, "tie" | "name">,
  history: readonly Interaction[],
  today: string,
  holidays: readonly string[],
): FollowUpState {
  let sentOn: string | null = null;
  let followUpsSent = 0;
  let answeredOn: string | null = null;
  for (const i of history) {
    if (i.date > today) break;
    if (i.type === "sent") {
      if (sentOn === null || answeredOn !== null) {
        sentOn = i.date;
        followUpsSent = 0;
        answeredOn = null;
      } else followUpsSent++;
    } else if (ANSWERED.has(i.type) && sentOn !== null && answeredOn === null) answeredOn = i.date;
  }
  const base = { sentOn, followUpsSent };
  if (sentOn === null) {
    return { ...base, state: "not-started", businessDays: 0, dueOn: null, explanation: `Nothing sent to ${contact.name} yet.` };
  }
  if (answeredOn !== null) {
    return {
      ...base,
      state: "replied",
      businessDays: businessDaysBetween(sentOn, answeredOn, holidays),
      dueOn: null,
      explanation: `${contact.name} answered on ${answeredOn}.`,
    };
  }
  const days = businessDaysBetween(sentOn, today, holidays);
  if (contact.tie === "close") {
    return { ...base, state: "not-applicable", businessDays: days, dueOn: null, explanation: "Close ties answer in their own time." };
  }
  const reachNextOn = addBusinessDays(sentOn, REACH_NEXT_AFTER, holidays);
  const followUpOn = addBusinessDays(sentOn, FOLLOW_UP_AFTER, holidays);
  const stopOn = addBusinessDays(sentOn, FOLLOW_UP_AFTER * 2, holidays);
  if (followUpsSent > 0) {
    return days >= FOLLOW_UP_AFTER * 2
      ? { ...base, state: "stop", businessDays: days, dueOn: stopOn, explanation: `No reply after a follow-up: let ${contact.name} go.` }
      : { ...base, state: "waiting-after-follow-up", businessDays: days, dueOn: stopOn, explanation: "Followed up once; waiting." };
  }
  if (days >= FOLLOW_UP_AFTER) {
    return { ...base, state: "follow-up-due", businessDays: days, dueOn: followUpOn, explanation: `No reply in ${days} business days: follow up once.` };
  }
  if (days >= REACH_NEXT_AFTER) {
    return {
      ...base,
      state: "reach-next",
      businessDays: days,
      dueOn: followUpOn,
      explanation: `No reply in ${days} business days: reach out to the next person in this circle; follow up on ${followUpOn}.`,
    };
  }
  return { ...base, state: "waiting", businessDays: days, dueOn: reachNextOn, explanation: `Sent ${days} business day${days === 1 ? "" : "s"} ago.` };
}

/** By date, and on the same day in the order things happen (sent before replied), so input order never matters. */
export const byDate = (a: Interaction, b: Interaction): number =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : INTERACTION_TYPES.indexOf(a.type) - INTERACTION_TYPES.indexOf(b.type);

/** Where outreach to `contact` stands under the 3B7 routine. */
export function followUpState(contact: unknown, interactions: unknown, today: unknown, options: FollowUpOptions = {}): Result<FollowUpState> {
  const c = parseArg(Contact, contact, "contact");
  if (!c.ok) return c;
  const list = parseArg(z.array(Interaction), interactions, "interactions");
  if (!list.ok) return list;
  const t = parseArg(IsoDate, today, "today");
  if (!t.ok) return t;
  const o = parseArg(FollowUpOptions, options, "options");
  if (!o.ok) return o;
  const history = list.value.filter((i) => i.contactId === c.value.id).sort(byDate);
  return { ok: true, value: followUpFrom(c.value, history, t.value, o.value.holidays) };
}
