/**
 * Several phrasings of each part. `{…}` slots are filled by the composer; every phrasing is written to pass
 * the linter for the circle and tie it is used with (a request that reads as a question, an easy out that
 * is not a second request, a sign-off the linter sees as the start of the signature).
 */
export const GREETINGS = {
  professional: ["Hi {name},", "Hello {name},", "Dear {name},"],
  warm: ["Hi {name}!", "Hey {name},", "Hi {name},"],
  /** Notes and texts run on one line. */
  short: ["Hi {name},", "Hi {name} —", "Hello {name},"],
} as const;

export const COMPLIMENTS = [
  "I really enjoyed your {work}.",
  "Your {work} stuck with me.",
  "Thank you for your {work}; it changed how I think about my own work.",
  "I learned a lot from your {work}.",
] as const;

export const REASONS_PIVOT = [
  "I'm moving from {from} into {to}.",
  "I'm making a move from {from} into {to}.",
  "I'm transitioning from {from} to {to}.",
] as const;

export const REASONS_PATHFINDER = [
  "I saw you moved from {tfrom} to {tto}, the move I'm making now.",
  "I saw that you made the move from {tfrom} to {tto}; I'm about to make the same one.",
] as const;

/** For a current colleague while still employed: nothing about leaving. */
export const REASONS_DISCREET = [
  "I'm writing because I'd value your view on {topic}.",
  "I'm reaching out with a question about {topic}.",
] as const;

export const EASY_OUTS = [
  "No worries if you're too busy.",
  "Totally understand if now isn't a good time.",
  "No pressure at all if the timing is bad.",
] as const;

export const THANKS = ["Thank you for reading.", "Thanks for considering it.", "Thank you either way."] as const;

export const SIGN_OFFS = {
  professional: ["Best,", "Kind regards,", "Thanks,"],
  warm: ["Thanks so much,", "Warmly,", "Cheers,"],
} as const;

export const SUBJECTS = {
  questions: ["Two quick questions about {topic}", "A quick question about {topic}"],
  call: ["A 15-minute call about {topic}?", "Your experience with {topic}"],
  other: ["A question from someone moving into {to}", "A question about {topic}"],
} as const;
/** When the topic and the field are both too long for any subject above. */
export const SUBJECT_FALLBACK = "A quick question";
