import { z } from "zod";
import { parseArgs, type Result } from "../result";
import type { CircleId } from "../schemas/circle-id";
import { Contact } from "../schemas/contact";
import { Interaction } from "../schemas/interaction";
import { IsoDate } from "../schemas/iso-date";
import { holidaySet } from "./calendar";
import { followUpFrom, type FollowUpStateName } from "./follow-up-state";
import { FollowUpOptions, groupByContact } from "./history-args";

export interface FollowUpDue {
  contactId: string;
  contactName: string;
  circle: CircleId;
  state: FollowUpStateName;
  sentOn: string | null;
  /** When the next step falls due. */
  dueOn: string | null;
  explanation: string;
  /** The step in a few words, for a to-do list or a calendar: "Follow up with Ana Ruiz". */
  title: string;
}

/** The states in which outreach is still in play under 3B7: waiting, or a step to take. */
const IN_PLAY = new Set<FollowUpStateName>([
  "waiting",
  "reach-next",
  "follow-up-due",
  "waiting-after-follow-up",
  "stop",
]);

function titleOf(state: FollowUpStateName, name: string): string {
  switch (state) {
    case "stop":
      return `Move on from ${name}`;
    case "follow-up-due":
    case "waiting-after-follow-up":
      return `Follow up with ${name}`;
    case "reach-next":
      return `No reply from ${name}: reach the next person`;
    default:
      return `Wait for ${name}'s reply`;
  }
}

/**
 * Where every outreach in a network stands under the 3B7 routine, soonest step first: the list behind a
 * follow-up screen and a calendar feed.
 */
export function followUpsDue(
  contacts: unknown,
  interactions: unknown,
  today: unknown,
  options: FollowUpOptions = {},
): Result<FollowUpDue[]> {
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
  const due: FollowUpDue[] = [];
  for (const contact of cs) {
    const history = histories.get(contact.id);
    if (!history || contact.archived) continue;
    const s = followUpFrom(contact, history, t, holidays);
    if (!IN_PLAY.has(s.state)) continue;
    due.push({
      contactId: contact.id,
      contactName: contact.name,
      circle: contact.circle,
      state: s.state,
      sentOn: s.sentOn,
      dueOn: s.dueOn,
      explanation: s.explanation,
      title: titleOf(s.state, contact.name),
    });
  }
  return {
    ok: true,
    value: due.sort((a, b) => (a.dueOn ?? "").localeCompare(b.dueOn ?? "") || a.contactId.localeCompare(b.contactId)),
  };
}
