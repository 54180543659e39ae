import { fromDayNumber, toDayNumber } from "../follow-up/calendar";
import type { FollowUpState } from "../follow-up/follow-up-state";
import type { Contact } from "../schemas/contact";
import type { Interaction } from "../schemas/interaction";
import type { Tie } from "../schemas/tie";

/**
 * How many weeks may pass without a word before a backer is due a check-in, by tie: the closer they are,
 * the sooner silence reads as drifting apart. A contact's own checkInWeeks overrides it.
 */
export const CHECK_IN_WEEKS: Readonly<Record<Tie, number>> = {
  close: 4,
  friend: 6,
  acquaintance: 8,
  weak: 8,
  stranger: 12,
};

/** The cadence of a backer's check-ins, in weeks: their own, or their tie's. */
export const checkInWeeks = (contact: Pick<Contact, "tie" | "checkInWeeks">): number =>
  contact.checkInWeeks ?? CHECK_IN_WEEKS[contact.tie];

/**
 * Under 3B7, a reply closes an outreach and close ties are not followed up; only then is the thread quiet
 * enough for keeping in touch. While a message waits for its answer, 3B7 says what to do.
 */
const QUIET = new Set<FollowUpState["state"]>(["replied", "not-applicable"]);

export interface CheckIn {
  /** The day of the last interaction, on or before today. */
  lastOn: string;
  weeks: number;
  /** The last interaction plus the cadence: on or after this day, a check-in is due. */
  dueOn: string;
}

/**
 * When a backer is next due a check-in: their cadence after the last thing logged with them. Null for
 * anyone else — not a backer, set aside, paused or moved on, never in touch (a first message is planned
 * instead), or in the middle of an outreach.
 */
export function checkInOf(
  contact: Contact,
  history: readonly Interaction[],
  followUp: FollowUpState,
  today: string,
): CheckIn | null {
  if (contact.circle !== "backers" || contact.archived || contact.status === "paused" || contact.status === "moved-on")
    return null;
  if (!QUIET.has(followUp.state)) return null;
  let lastOn: string | undefined;
  for (const i of history) if (i.date <= today && (lastOn === undefined || i.date > lastOn)) lastOn = i.date;
  if (lastOn === undefined) return null;
  const weeks = checkInWeeks(contact);
  return { lastOn, weeks, dueOn: fromDayNumber(toDayNumber(lastOn) + weeks * 7) };
}
