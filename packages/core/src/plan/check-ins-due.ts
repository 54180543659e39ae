import { z } from "zod";
import { holidaySet } from "../follow-up/calendar";
import { followUpFrom } from "../follow-up/follow-up-state";
import { FollowUpOptions, groupByContact } from "../follow-up/history-args";
import { parseArgs, type Result } from "../result";
import { Contact } from "../schemas/contact";
import { Interaction } from "../schemas/interaction";
import { IsoDate } from "../schemas/iso-date";
import { checkInOf } from "./check-in";

export interface CheckInDue {
  contactId: string;
  contactName: string;
  /** The last interaction with them. */
  lastOn: string;
  /** Their cadence in weeks. */
  weeks: number;
  /** When the check-in falls due: today or earlier when it is already due. */
  dueOn: string;
  /** For a to-do list or a calendar: "Check in with Mum". */
  title: string;
  explanation: string;
}

/**
 * Every backer's next check-in, soonest first, due or not yet: the keeping-in-touch half of a calendar
 * feed, where a date weeks ahead is as useful as one that has come. planWeek plans those already due.
 */
export function checkInsDue(
  contacts: unknown,
  interactions: unknown,
  today: unknown,
  options: FollowUpOptions = {},
): Result<CheckInDue[]> {
  const args = parseArgs({
    contacts: [z.array(Contact), contacts],
    interactions: [z.array(Interaction), interactions],
    today: [IsoDate, today],
    options: [FollowUpOptions, options],
  });
  if (!args.ok) return args;
  const { contacts: cs, interactions: is, today: t, options: o } = args.value;
  const histories = groupByContact(is);
  const holidays = holidaySet(o.holidays);
  const due: CheckInDue[] = [];
  for (const contact of cs) {
    const history = histories.get(contact.id);
    if (!history || contact.circle !== "backers") continue;
    const c = checkInOf(contact, history, followUpFrom(contact, history, t, holidays), t);
    if (!c) continue;
    const every = c.weeks === 1 ? "every week" : `every ${c.weeks} weeks`;
    due.push({
      contactId: contact.id,
      contactName: contact.name,
      lastOn: c.lastOn,
      weeks: c.weeks,
      dueOn: c.dueOn,
      title: `Check in with ${contact.name}`,
      explanation: `You keep in touch with ${contact.name} ${every}; your last contact was on ${c.lastOn}.`,
    });
  }
  return {
    ok: true,
    value: due.sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.contactId.localeCompare(b.contactId)),
  };
}
