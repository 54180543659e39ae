import type { AskKind } from "../../schemas/ask";
import { numberOf, T } from "./lexicon";
import type { Words } from "./request-form";

/** What an ask read from a message can be: `checkAsk`'s kinds, and a connection request. */
export type ReadAskKind = AskKind | "connect";

export interface AskObject {
  kind: ReadAskKind | null;
  minutes?: number;
  questions?: number;
  inPerson: boolean;
  recurring: boolean;
  /** Word index where the topic starts ("about …", "how you …"), or -1. */
  topicAt: number;
}

const has = (s: Words, from: number, to: number, tag: number): boolean => {
  for (let i = from; i < to; i++) if ((s.tags[i] as number) & tag) return true;
  return false;
};
const word = (s: Words, i: number) => s.w[i] ?? "";
const OWNER = new Set(["your", "his", "her", "their", "the", "that", "those"]);
const MY = new Set(["my", "the", "our", "this", "it", "me"]);
const TOPIC = new Set([
  "about",
  "on",
  "regarding",
  "around",
  "how",
  "what",
  "whether",
  "why",
  "which",
  "where",
  "when",
]);
const DETERMINER = new Set([
  "any",
  "open",
  "available",
  "current",
  "upcoming",
  "the",
  "a",
  "an",
  "future",
  "new",
  "relevant",
  "suitable",
]);
/** Words after which a job word is what the question is about, not what it asks for: "which roles are realistic". */
const ABOUT = new Set(["how", "what", "which", "whether", "why", "when", "for", "about", "in", "on"]);
const NOT = new Set(["not", "n't", "without", "never", "no"]);
const HANDS_ON = /^(?:pass|forward|send|shar|submit|flag|hand)/;

/** Job asks are read from the request, not from a mention: "any openings", "consider me", "pass my CV on". */
function jobAsk(s: Words, from: number, to: number): "job" | "referral" | null {
  // "I'm forwarding my application to you…" makes the ask before the request words do.
  for (let i = 0; i < to; i++) if (handsOnDocument(s, i, to)) return "referral";
  let topical = false;
  for (let i = from; i < to; i++) {
    const a = word(s, i);
    if (ABOUT.has(a) && i > from) topical = true;
    if (NOT.has(a) || a.endsWith("n't")) {
      i += 3;
      continue;
    }
    const b = word(s, i + 1);
    const c = word(s, i + 2);
    const tag = s.tags[i] as number;
    if (
      (a === "refer" || a === "recommend" || a === "vouch" || a === "endorse") &&
      (b === "me" || b === "for" || c === "me")
    )
      return "referral";
    if (a === "referral" || a === "referrals" || a === "referred") return "referral";
    if (
      a === "put" &&
      ((b === "in" && (c === "a" || c === "the")) || (b === "my" && c === "name") || (b === "me" && c === "forward"))
    )
      return "referral";
    if ((a === "word" && (b === "in" || b === "for")) || (a === "good" && b === "word")) return "referral";
    if (topical) continue;
    if (a === "consider" && (b === "me" || b === "my")) return "job";
    if (a === "keep" && b === "me" && (c === "in" || c === "posted")) return "job";
    if (
      (a === "hire" || a === "hiring") &&
      !(word(s, i - 1) === "the" || word(s, i - 1) === "your" || b === "manager" || b === "process" || b === "managers")
    )
      return "job";
    if (
      (a === "hear" || a === "know") &&
      b === "of" &&
      (c === "anything" || c === "any" || c === "openings" || c === "roles" || c === "something")
    )
      return "job";
    if (
      tag & T.job &&
      a !== "interview" &&
      a !== "apply" &&
      a !== "candidate" &&
      DETERMINER.has(word(s, i - 1)) &&
      word(s, i - 1) !== "the"
    )
      return "job";
    if (tag & T.job && a !== "interview" && b === "for" && (c === "me" || c === "someone")) return "job";
    if ((a === "join" || a === "joining") && (b === "your" || b === "the") && (c === "team" || c === "company"))
      return "job";
    if (a === "part" && b === "of" && (c === "your" || c === "what" || c === "the")) return "job";
    if ((a === "work" || a === "working") && (b === "with" || b === "for") && (c === "you" || c === "your"))
      return "job";
    if (a === "spot" && b === "on") return "job";
    if (
      (a === "land" || a === "get" || a === "find") &&
      (tagsAt(s, i + 2) & T.job || tagsAt(s, i + 1) & T.job) &&
      (b === "a" || b === "an" || b === "my" || b === "me")
    )
      return "job";
    if (a === "interview" && (word(s, i - 1) === "an" || word(s, i - 1) === "me")) return "job";
  }
  return null;
}

const tagsAt = (s: Words, i: number): number => s.tags[i] ?? 0;

/** "pass my résumé along", "forwarding my application to you", "share my CV with the hiring manager". */
function handsOnDocument(s: Words, i: number, to: number): boolean {
  if (!(tagsAt(s, i) & (T.imperative | T.refer)) || !HANDS_ON.test(word(s, i)) || NOT.has(word(s, i - 1))) return false;
  for (let j = i + 1; j < Math.min(to, i + 5); j++) {
    if (tagsAt(s, j) & T.doc && MY.has(word(s, j - 1)) && word(s, j - 1) !== "it") {
      const rest = s.w.slice(j + 1, j + 7);
      if (
        rest.some(
          (w) =>
            w === "along" ||
            w === "on" ||
            w === "to" ||
            w === "with" ||
            w === "internally" ||
            w === "over" ||
            w === "hiring" ||
            w === "recruiter" ||
            w === "manager",
        )
      )
        return true;
    }
    if (word(s, j) === "name" && word(s, j - 1) === "my") return true;
  }
  return false;
}

/** The kind, size and topic of the ask whose request words start at `from`. */
export function readObject(s: Words, from: number, to: number): AskObject {
  const out: AskObject = { kind: null, inPerson: false, recurring: false, topicAt: -1 };
  for (let i = from; i < to; i++) {
    const w = word(s, i);
    const tag = tagsAt(s, i);
    if (out.topicAt === -1 && TOPIC.has(w) && i > from) out.topicAt = i;
    if (tag & T.person) out.inPerson = true;
    if (w === "in" && word(s, i + 1) === "person") out.inPerson = true;
    if (
      tag & T.recur ||
      (w === "every" && (word(s, i + 1) === "week" || word(s, i + 1) === "month" || word(s, i + 2) === "weeks"))
    )
      out.recurring = true;
    const n = tag & T.num ? numberOf(w) : Number.NaN;
    if (!Number.isNaN(n)) {
      // "fifteen minutes", "a 20-minute call", "two (quick) questions", "half an hour", "10 to 15 minutes"
      let j = i + 1;
      let size = n;
      if ((word(s, j) === "or" || word(s, j) === "to") && !Number.isNaN(numberOf(word(s, j + 1)))) {
        size = Math.max(n, numberOf(word(s, j + 1)));
        j += 2;
      }
      while (
        tagsAt(s, j) & T.small ||
        word(s, j) === "of" ||
        word(s, j) === "an" ||
        word(s, j) === "specific" ||
        word(s, j) === "more"
      )
        j++;
      // "a few minutes" is about ten, not three.
      if (tagsAt(s, j) & T.minute)
        out.minutes = Math.max(out.minutes ?? 0, w === "few" || w === "couple" || w === "several" ? 10 : size);
      else if (tagsAt(s, j) & T.hour) out.minutes = Math.max(out.minutes ?? 0, Math.round(60 * size));
      else if (tagsAt(s, j) & T.question) out.questions = Math.max(out.questions ?? 0, Math.round(size));
    }
    if ((w === "an" || w === "one") && word(s, i - 1) !== "half" && tagsAt(s, i + 1) & T.hour)
      out.minutes = Math.max(out.minutes ?? 0, 60);
    if ((w === "a" || w === "one") && tagsAt(s, i + 1) & T.small && tagsAt(s, i + 2) & T.question)
      out.questions = Math.max(out.questions ?? 0, 1);
    if (w === "a" && tagsAt(s, i + 1) & T.question && word(s, i + 1) === "question")
      out.questions = Math.max(out.questions ?? 0, 1);
  }
  out.kind = kindOf(s, from, to);
  return out;
}

function kindOf(s: Words, from: number, to: number): ReadAskKind | null {
  const job = jobAsk(s, from, to);
  if (job) return job;
  const between = (tag: number) => has(s, from, to, tag);
  for (let i = from; i < to; i++) {
    const a = word(s, i);
    const b = word(s, i + 1);
    if (a === "reference" && word(s, i - 1) !== "for" && word(s, i - 1) !== "your") return "reference";
    if (
      (a === "recommendation" || a === "recommendations") &&
      (word(s, i - 1) === "of" || b.startsWith("letter") || word(s, i - 2).startsWith("letter"))
    )
      return "reference";
  }
  if (between(T.shadow) || spendADay(s, from, to)) return "shadowing";
  for (let i = from; i < to; i++) {
    const a = word(s, i);
    if (
      (a === "mentor" && (word(s, i + 1) === "me" || word(s, i - 1) === "my" || word(s, i - 1) === "a")) ||
      a === "mentorship" ||
      a === "mentoring"
    )
      return "mentorship";
  }
  // A review of the sender's own document: "look over my portfolio", "feedback on my CV".
  for (let i = from; i < to; i++) {
    if (tagsAt(s, i) & T.doc && (MY.has(word(s, i - 1)) || MY.has(word(s, i - 2)))) {
      if (has(s, from, i, T.review | T.feedback | T.advice) || word(s, i - 2) === "on" || word(s, i - 3) === "on")
        return "resume-review";
    }
  }
  for (let i = from; i < to; i++) {
    const a = word(s, i);
    const b = word(s, i + 1);
    if (tagsAt(s, i) & T.intro && a !== "touch") return "introduction";
    if (a === "touch" && word(s, i - 1) === "in" && word(s, i - 2) === "me") return "introduction";
    if (a === "connect" && b === "me" && (word(s, i + 2) === "with" || word(s, i + 2) === "to")) return "introduction";
    if ((a === "know" && (b === "anyone" || b === "someone" || b === "of")) || (a === "point" && b === "me"))
      return "introduction";
  }
  if (between(T.coffee)) return "coffee";
  // "your talk", "her podcast conversation": their work, not a call with them.
  const owned = (i: number) => OWNER.has(word(s, i - 1)) || OWNER.has(word(s, i - 2));
  let call = false;
  let meet = false;
  for (let i = from; i < to; i++) {
    const tag = tagsAt(s, i);
    if (tag & T.call && !owned(i)) call = true;
    if (tag & T.meet && !owned(i)) meet = true;
  }
  if (meet) return call ? "call" : "meeting";
  if (call) return "call";
  if (between(T.question)) return "questions";
  if (between(T.connect)) return "connect";
  if (between(T.feedback)) return "feedback";
  if (between(T.advice | T.collab)) return "advice";
  return null;
}

function spendADay(s: Words, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const a = word(s, i);
    if (
      (a === "spend" && (word(s, i + 2) === "day" || word(s, i + 2) === "afternoon")) ||
      (a === "tag" && word(s, i + 1) === "along")
    )
      return true;
  }
  return false;
}
