import type { Result } from "../result";
import { Contact } from "../schemas/contact";
import type { Interaction } from "../schemas/interaction";
import { addBusinessDayNumbers, countBusinessDays } from "./business-days";
import { fromDayNumber, toDayNumber } from "./calendar";
import { parseHistoryArgs, type FollowUpOptions } from "./history-args";

export { byDate, FollowUpOptions } from "./history-args";

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

const ANSWERED = new Set<Interaction["type"]>(["replied", "met", "helped", "declined"]);

/** Computes 3B7 state from this contact's interactions, already validated and sorted by date. */
export function followUpFrom(
  contact: Pick<Contact, "tie" | "name">,
  history: readonly Interaction[],
  today: string,
  holidays: ReadonlySet<number>,
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
  // One constructor instead of object spreads: V8 spreads cost microseconds, and the planner calls
  // this for every contact.
  const result = (
    state: FollowUpStateName,
    businessDays: number,
    dueOn: string | null,
    explanation: string,
  ): FollowUpState => ({
    state,
    sentOn,
    businessDays,
    dueOn,
    followUpsSent,
    explanation,
  });
  if (sentOn === null) return result("not-started", 0, null, `Nothing sent to ${contact.name} yet.`);
  const between = (a: string, b: string) => countBusinessDays(toDayNumber(a), toDayNumber(b), holidays);
  const after = (n: number) => fromDayNumber(addBusinessDayNumbers(toDayNumber(sentOn as string), n, holidays));
  if (answeredOn !== null)
    return result("replied", between(sentOn, answeredOn), null, `${contact.name} answered on ${answeredOn}.`);
  const days = between(sentOn, today);
  if (contact.tie === "close") return result("not-applicable", days, null, "Close ties answer in their own time.");
  if (followUpsSent > 0) {
    const stopOn = after(FOLLOW_UP_AFTER * 2);
    return days >= FOLLOW_UP_AFTER * 2
      ? result("stop", days, stopOn, `No reply after a follow-up: let ${contact.name} go.`)
      : result("waiting-after-follow-up", days, stopOn, "Followed up once; waiting.");
  }
  const followUpOn = after(FOLLOW_UP_AFTER);
  if (days >= FOLLOW_UP_AFTER)
    return result("follow-up-due", days, followUpOn, `No reply in ${days} business days: follow up once.`);
  if (days >= REACH_NEXT_AFTER) {
    return result(
      "reach-next",
      days,
      followUpOn,
      `No reply in ${days} business days: reach out to the next person in this circle; follow up on ${followUpOn}.`,
    );
  }
  return result("waiting", days, after(REACH_NEXT_AFTER), `Sent ${days} business day${days === 1 ? "" : "s"} ago.`);
}

/** Where outreach to `contact` stands under the 3B7 routine. */
export function followUpState(
  contact: unknown,
  interactions: unknown,
  today: unknown,
  options: FollowUpOptions = {},
): Result<FollowUpState> {
  const args = parseHistoryArgs(Contact, contact, interactions, today, options);
  if (!args.ok) return args;
  const { history, holidays } = args.value;
  return { ok: true, value: followUpFrom(args.value.contact, history, args.value.today, holidays) };
}
