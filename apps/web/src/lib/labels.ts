import { CIRCLES } from "@enlist/core/circles";
import type { FOLLOW_UP_STATES } from "@enlist/core/follow-up";
import type {
  AskKind,
  AskLevel,
  Channel,
  CircleId,
  ContactStatus,
  InteractionType,
  PlanAction,
} from "@enlist/core/schemas";

// Words the screens show for the API's identifiers. The circles' names are core's own; every other table
// is checked against core's list of values, so a new ask kind, action or state fails the type check until
// it has its words here.
export const CIRCLE_NAMES = Object.fromEntries(Object.values(CIRCLES).map((c) => [c.id, c.name])) as Readonly<
  Record<CircleId, string>
>;

export const ACTION_NAMES = {
  thank: "Thank",
  "follow-up": "Follow up",
  update: "Send an update",
  "check-in": "Check in",
  "reach-out": "Reach out",
  research: "Research",
  "move-on": "Move on",
} as const satisfies Record<PlanAction, string>;

export const ASK_KIND_NAMES = {
  questions: "A few quick questions",
  advice: "Advice",
  introduction: "An introduction",
  "resume-review": "A résumé review",
  call: "A call",
  coffee: "Coffee",
  meeting: "A meeting",
  shadowing: "Shadowing",
  referral: "A referral",
  job: "A job",
  mentorship: "Mentorship",
  feedback: "Feedback",
  reference: "A reference",
} as const satisfies Record<AskKind, string>;

export const LEVEL_NAMES = {
  reasonable: "Reasonable",
  stretch: "A stretch",
  unreasonable: "Too big for now",
} as const satisfies Record<AskLevel, string>;

export const CHANNEL_NAMES = {
  email: "E-mail",
  "linkedin-note": "LinkedIn connection note",
  "linkedin-message": "LinkedIn message",
  text: "Text message",
} as const satisfies Record<Channel, string>;

export const INTERACTION_NAMES = {
  sent: "Sent a message",
  replied: "They replied",
  met: "Met",
  helped: "They helped",
  thanked: "Thanked them",
  updated: "Sent an update",
  declined: "They declined",
  "no-reply": "No reply",
} as const satisfies Record<InteractionType, string>;

export const FOLLOW_UP_NAMES = {
  "not-started": "Not contacted",
  "not-applicable": "Nothing to follow",
  waiting: "Waiting for a reply",
  "reach-next": "Reach the next person",
  "follow-up-due": "Follow-up due",
  "waiting-after-follow-up": "Followed up, waiting",
  stop: "Let it rest",
  replied: "Replied",
} as const satisfies Record<(typeof FOLLOW_UP_STATES)[number], string>;

/** A contact's status as the board and their page say it; it moves with what is logged (core's statusAfter). */
export const STATUS_NAMES = {
  new: "New",
  researching: "Researching",
  contacted: "Contacted",
  engaged: "In conversation",
  helped: "Helped you",
  paused: "Paused",
  "moved-on": "Moved on",
} as const satisfies Record<ContactStatus, string>;
