import type { MessagePurpose } from "../lint/lint-context";
import type { ContactStatus } from "../schemas/contact";
import type { InteractionType } from "../schemas/interaction";
import type { PlanAction } from "../schemas/plan-item";

/** What the message of each plan action is for; null for the actions that are not done by writing. */
export const ACTION_PURPOSE: Readonly<Record<PlanAction, MessagePurpose | null>> = {
  "reach-out": "ask",
  "follow-up": "follow-up",
  thank: "thank",
  update: "update",
  // A note to keep in touch asks for nothing: logged as an update, it starts no 3B7 wait for a reply.
  "check-in": "update",
  research: null,
  "move-on": null,
};

/** What sending a message of each purpose records in the contact's history: what the planner reads back. */
export const SENT_AS: Readonly<Record<MessagePurpose, InteractionType>> = {
  ask: "sent",
  "follow-up": "sent",
  thank: "thanked",
  update: "updated",
};

/** How a plan action is marked done: an interaction to log, or a status to set. */
export type ActionDone = { log: InteractionType } | { status: ContactStatus };

/**
 * What marking a plan action done records, so that the next plan moves on from it. Moving on is a decision
 * about the person, not something that happened, so it sets their status; research is done by writing the
 * notes, so it has no record (null).
 */
export function actionDone(action: PlanAction): ActionDone | null {
  if (action === "move-on") return { status: "moved-on" };
  const purpose = ACTION_PURPOSE[action];
  return purpose ? { log: SENT_AS[purpose] } : null;
}
