import type { ReadAsk } from "../../schemas/lint-report";

const KIND_WORDS: Record<ReadAsk["kind"], string> = {
  connect: "to connect",
  questions: "questions",
  advice: "advice",
  introduction: "an introduction",
  "resume-review": "a review of your document",
  call: "a call",
  coffee: "a coffee",
  meeting: "a meeting",
  shadowing: "a day shadowing them",
  referral: "a referral",
  job: "a job or an opening",
  mentorship: "mentoring",
  feedback: "feedback",
  reference: "a reference",
};
// checkAsk's own verdict, which weighs how clear the ask is as well as its size.
const LEVEL_WORDS = { reasonable: "reasonable", stretch: "a stretch", unreasonable: "unreasonable" } as const;

/** "a call (30 minutes) — unreasonable", as the apps show "what Enlist reads as your ask". */
export function describeAsk(ask: ReadAsk): string {
  const size = [
    ask.questions !== undefined ? `${ask.questions} question${ask.questions === 1 ? "" : "s"}` : "",
    ask.minutes !== undefined ? `${ask.minutes} minutes` : "",
    ask.inPerson ? "in person" : "",
    ask.recurring ? "recurring" : "",
  ].filter(Boolean);
  const what =
    ask.kind === "questions" && ask.questions !== undefined
      ? size.join(", ")
      : `${KIND_WORDS[ask.kind]}${size.length ? ` (${size.join(", ")})` : ""}`;
  const about = ask.topic ? ` about ${ask.topic}` : "";
  return `${what}${about}${ask.level ? ` — ${LEVEL_WORDS[ask.level]}` : ""}`;
}
