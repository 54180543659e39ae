import { personWords } from "../text/person-words";
import { daysBetween } from "../follow-up/calendar";
import type { FollowUpState } from "../follow-up/follow-up-state";
import { checkInOf } from "./check-in";
import { colleagueClause, type Colleague } from "./discretion";
import type { Contact } from "../schemas/contact";
import type { Interaction } from "../schemas/interaction";
import type { PlanAction } from "../schemas/plan-item";

export interface NextAction {
  action: PlanAction;
  reason: string;
  dueOn?: string;
}

/** Shared by every contact ready for a first message; its reason is written only if it makes the plan. */
const REACH_OUT: NextAction = { action: "reach-out", reason: "" };

function lastOf(history: readonly Interaction[], type: Interaction["type"]): string | undefined {
  let last: string | undefined;
  for (const i of history) if (i.type === type) last = i.date;
  return last;
}

/** What this contact needs from the user next, from their history; null when nothing is due. */
export function nextAction(
  contact: Contact,
  history: readonly Interaction[],
  followUp: FollowUpState,
  today: string,
  updateAfterDays: number,
  /** How they work with the user, when the move must be kept from them (discretionFor); else null. */
  discreet: Colleague | null = null,
): NextAction | null {
  if (contact.status === "moved-on" || contact.status === "paused") return null;
  const helped = lastOf(history, "helped");
  if (helped !== undefined) {
    const thanked = lastOf(history, "thanked");
    if (thanked === undefined || thanked < helped) {
      return {
        action: "thank",
        reason: `${personWords(contact.name).Subject} helped you on ${helped}; thank them while it is fresh.`,
      };
    }
    const updated = lastOf(history, "updated");
    const since = daysBetween(helped, today);
    if ((updated === undefined || updated < helped) && since >= updateAfterDays) {
      return {
        action: "update",
        reason: discreet
          ? `${personWords(contact.name).Subject} helped ${since} days ago; close the loop and tell them what came of their help, but not of your move: ${colleagueClause(contact.name, discreet)}.`
          : `${personWords(contact.name).Subject} helped ${since} days ago; close the loop and tell them what came of it.`,
      };
    }
  }
  switch (followUp.state) {
    case "follow-up-due":
      return { action: "follow-up", reason: `${followUp.explanation}`, dueOn: followUp.dueOn ?? undefined };
    case "stop":
      return {
        action: "move-on",
        reason: `${personWords(contact.name).Subject} did not answer your message or your follow-up; move on with no hard feelings.`,
      };
    case "replied":
    case "not-applicable": {
      const due = checkInOf(contact, history, followUp, today);
      if (!due || due.dueOn > today) return null;
      const who = personWords(contact.name);
      const ago = Math.floor(daysBetween(due.lastOn, today) / 7);
      const since = `Your last contact with ${who.object} was on ${due.lastOn}, ${ago === 1 ? "a week" : `${ago} weeks`} ago, and you keep in touch every ${due.weeks === 1 ? "week" : `${due.weeks} weeks`}`;
      return {
        action: "check-in",
        reason: discreet
          ? `${since}: send a short note to ask how they are, but keep your move out of it: ${colleagueClause(contact.name, discreet)}.`
          : `${since}: send a short note on how your move is going.`,
        dueOn: due.dueOn,
      };
    }
    case "not-started":
      if (contact.circle === "leaders" && !contact.researchNotes?.trim()) {
        return {
          action: "research",
          reason: `Study ${personWords(contact.name).object} first: find one specific thing they did that you admire, and note it.`,
        };
      }
      return REACH_OUT;
    default:
      return null;
  }
}
