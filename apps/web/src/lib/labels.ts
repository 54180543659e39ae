import { CIRCLES } from "@enlist/core/circles";
import type { CircleId, ContactStatus } from "@enlist/core/schemas";

// Words the screens show for the API's identifiers. The circles' names are core's own.
export const CIRCLE_NAMES = Object.fromEntries(Object.values(CIRCLES).map((c) => [c.id, c.name])) as Readonly<Record<CircleId, string>>;

export const ACTION_NAMES: Record<string, string> = {
  thank: "Thank",
  "follow-up": "Follow up",
  update: "Send an update",
  "check-in": "Check in",
  "reach-out": "Reach out",
  research: "Research",
  "move-on": "Move on",
};

export const ASK_KIND_NAMES: Record<string, string> = {
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
};

export const LEVEL_NAMES = { reasonable: "Reasonable", stretch: "A stretch", unreasonable: "Too big for now" } as const;

export const CHANNEL_NAMES = { email: "E-mail", "linkedin-note": "LinkedIn connection note", "linkedin-message": "LinkedIn message", text: "Text message" } as const;

export const INTERACTION_NAMES: Record<string, string> = {
  sent: "Sent a message",
  replied: "They replied",
  met: "Met",
  helped: "They helped",
  thanked: "Thanked them",
  updated: "Sent an update",
  declined: "They declined",
  "no-reply": "No reply",
};

export const FOLLOW_UP_NAMES: Record<string, string> = {
  "not-started": "Not contacted",
  "not-applicable": "Nothing to follow",
  waiting: "Waiting for a reply",
  "reach-next": "Reach the next person",
  "follow-up-due": "Follow-up due",
  "waiting-after-follow-up": "Followed up, waiting",
  stop: "Let it rest",
  replied: "Replied",
};

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
