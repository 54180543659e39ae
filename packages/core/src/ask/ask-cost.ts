import type { Ask, AskFormat, AskKind } from "../schemas/ask";
import type { Reputation } from "../schemas/ask-verdict";
import { daysBetween } from "../follow-up/calendar";

/** What each kind of ask usually takes from the recipient when the ask does not say. */
const TYPICAL: Record<AskKind, { minutes: number; format: AskFormat; reputation: Reputation }> = {
  questions: { minutes: 10, format: "async", reputation: "none" },
  feedback: { minutes: 15, format: "async", reputation: "none" },
  advice: { minutes: 20, format: "call", reputation: "none" },
  call: { minutes: 20, format: "call", reputation: "none" },
  introduction: { minutes: 15, format: "async", reputation: "introduction" },
  "resume-review": { minutes: 30, format: "async", reputation: "none" },
  coffee: { minutes: 45, format: "in-person", reputation: "none" },
  meeting: { minutes: 45, format: "in-person", reputation: "none" },
  shadowing: { minutes: 240, format: "in-person", reputation: "none" },
  referral: { minutes: 30, format: "async", reputation: "referral" },
  reference: { minutes: 30, format: "call", reputation: "referral" },
  job: { minutes: 60, format: "call", reputation: "referral" },
  mentorship: { minutes: 60, format: "video", reputation: "none" },
};

/** Minutes a single question takes to answer well in writing. */
const MINUTES_PER_QUESTION = 5;
/** Travel assumed when an in-person ask does not say how far. */
const DEFAULT_TRAVEL = 20;

/** How many questions "a few quick questions" starts as when the user has not said. */
const TYPICAL_QUESTIONS = 2;

/**
 * The size a new ask of this kind starts from in a form: what checkAsk assumes for it when the ask does not
 * say. Changing an ask's kind starts over from these, so a coffee's travel never stays on a question.
 */
export function askDefaults(kind: AskKind): Pick<Ask, "format" | "minutes" | "travelMinutes" | "questions"> {
  const typical = TYPICAL[kind];
  const defaults: Pick<Ask, "format" | "minutes" | "travelMinutes" | "questions"> = { format: typical.format };
  if (kind === "questions") {
    defaults.questions = TYPICAL_QUESTIONS;
    defaults.minutes = TYPICAL_QUESTIONS * MINUTES_PER_QUESTION;
  } else defaults.minutes = typical.minutes;
  if (typical.format === "in-person") defaults.travelMinutes = DEFAULT_TRAVEL;
  return defaults;
}

export function minutesOf(ask: Ask): number {
  if (ask.minutes !== undefined) return ask.minutes;
  if (ask.kind === "questions" && ask.questions !== undefined) return ask.questions * MINUTES_PER_QUESTION;
  return TYPICAL[ask.kind].minutes;
}

export const formatOf = (ask: Ask): AskFormat => ask.format ?? TYPICAL[ask.kind].format;

export const travelOf = (ask: Ask): number => ask.travelMinutes ?? (formatOf(ask) === "in-person" ? DEFAULT_TRAVEL : 0);

export const reputationOf = (ask: Ask): Reputation => TYPICAL[ask.kind].reputation;

export const isRecurring = (ask: Ask): boolean => ask.recurring === true || ask.kind === "mentorship";

export const pressureDaysOf = (ask: Ask, today: string): number | null =>
  ask.deadline === undefined ? null : daysBetween(today, ask.deadline);
