import type { AskStatus } from "../schemas/ask";
import type { ContactStatus } from "../schemas/contact";
import type { Interaction, InteractionType } from "../schemas/interaction";

/** Something that moves a contact along: an interaction logged, or one of their asks answered. */
export type StatusEvent = { interaction: InteractionType } | { ask: AskStatus };

/** How far along each status is: a later event never moves a contact back down. */
const RANK: Readonly<Record<ContactStatus, number>> = {
  new: 0,
  researching: 0,
  paused: 0,
  "moved-on": 0,
  contacted: 1,
  engaged: 2,
  helped: 3,
};

const CONTACTED: ReadonlySet<InteractionType> = new Set(["sent", "thanked", "updated"]);
/** They answered, whatever the answer: a reply, a meeting, or a no. */
const ENGAGED: ReadonlySet<InteractionType> = new Set(["replied", "met", "declined"]);

const atLeast = (current: ContactStatus, next: ContactStatus): ContactStatus =>
  RANK[current] >= RANK[next] ? current : next;

/**
 * A contact's status after an event: a message sent makes them contacted (again, if they were paused or
 * moved on), an answer makes them engaged, help given or an ask granted makes them helped, and "no reply"
 * at the end of the 3B7 steps moves them on. One rule, which the API, the web app and the command line all
 * apply, so the circles' progress counts the same people everywhere.
 */
export function statusAfter(current: ContactStatus, event: StatusEvent): ContactStatus {
  if ("ask" in event) {
    if (event.ask === "granted") return "helped";
    if (event.ask === "declined") return atLeast(current, "engaged");
    return current;
  }
  const type = event.interaction;
  if (type === "helped") return "helped";
  if (ENGAGED.has(type)) return atLeast(current, "engaged");
  if (CONTACTED.has(type)) return RANK[current] === 0 ? "contacted" : current;
  // "no-reply": only someone still waiting on is let go; an answer already given stands.
  return current === "contacted" ? "moved-on" : current;
}

/**
 * The status a contact's history gives them, from `start` ("new" for someone just imported): every
 * interaction in date order, then the asks that were answered. What a restored backup or a re-import is
 * brought up to.
 */
export function statusFrom(
  history: readonly Pick<Interaction, "type" | "date">[],
  asks: readonly { status: AskStatus }[] = [],
  start: ContactStatus = "new",
): ContactStatus {
  let status = start;
  const ordered = history.slice().sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  for (const i of ordered) status = statusAfter(status, { interaction: i.type });
  for (const a of asks) status = statusAfter(status, { ask: a.status });
  return status;
}
