import type { AskKind } from "../../schemas/ask";
import { NOT_WORDS, numberOf, oneOf, T, TOPIC_WORDS, wordSet } from "./lexicon";
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
// Word lists are space-separated strings split once (lexicon.ts): the lint bundle stays small.
const OWNER = wordSet("your his her their the that those our");
const MY = wordSet("my the our this it me");
const TOPIC = wordSet(TOPIC_WORDS);
/** Before a job word, these make it the thing asked for: "any openings", "a suitable role" (not "the role"). */
const DETERMINER = wordSet("any open available current upcoming a an future new relevant suitable");
const NOT = wordSet(NOT_WORDS);
/** "…pass my CV along", "…share my résumé with the hiring manager": where a handed-on document goes. */
const ONWARD = wordSet("along on to with internally over hiring recruiter manager");
const HANDS_ON = /^(?:pass|forward|send|shar|submit|flag|hand)/;

/** Job asks are read from the request, not from a mention: "any openings", "consider me", "pass my CV on". */
/**
 * "If you think my background might fit anything on your team, I'd love to hear about it", "…discuss how my
 * background might fit into your organization": whether the sender fits an opening of theirs, wherever in the
 * sentence the condition stands.
 */
function fitsYourTeam(s: Words, to: number): boolean {
  for (let i = 1; i < to; i++) {
    if (!oneOf(word(s, i), "fit fits match matches") || !oneOf(word(s, i + 1), "anything something into")) continue;
    for (let j = i + 2; j < Math.min(to, i + 6); j++) if (oneOf(word(s, j), "your there")) return true;
  }
  return false;
}

function jobAsk(s: Words, from: number, to: number): "job" | "referral" | null {
  // "I'm forwarding my application to you…" makes the ask before the request words do.
  for (let i = 0; i < to; i++) if (handsOnDocument(s, i, to)) return "referral";
  if (toHiringPeople(s, from, to)) return "referral";
  if (fitsYourTeam(s, to)) return "job";
  let topical = false;
  for (let i = from; i < to; i++) {
    const tag = s.tags[i] as number;
    // Most words open none of the patterns below, and are passed on their tags alone: a new pattern's first
    // word goes in lexicon.ts's jobHead list, or the pattern never runs.
    if (!(tag & (T.about | T.not | T.jobHead | T.job))) continue;
    const a = word(s, i);
    // After "which", "how", "about"…, a job word is what a question is about: "which roles are realistic".
    if (tag & T.about && i > from) topical = true;
    if (tag & T.not) {
      i += 3;
      continue;
    }
    const b = word(s, i + 1);
    const c = word(s, i + 2);
    if (
      // "recommend me for the role" refers; "what would you recommend for someone moving…" asks advice.
      (oneOf(a, "refer referring recommend recommending vouch endorse") &&
        (b === "me" || c === "me" || (b === "for" && !oneOf(c, "someone anyone people a those")))) ||
      oneOf(a, "referral referrals referred") ||
      (oneOf(a, "put putting") &&
        ((b === "in" && oneOf(c, "a the")) || (b === "my" && c === "name") || (b === "me" && c === "forward"))) ||
      (a === "word" && oneOf(b, "in for")) ||
      (a === "good" && b === "word")
    )
      return "referral";
    const before = word(s, i - 1);
    // "…whether your team is hiring": asked about, and still a way in that the sender is asking for.
    if (a === "hiring" && oneOf(before, "is are be 're") && !oneOf(b, "manager managers process")) return "job";
    // "…whether you think I'd be a good fit for it": the sender judged for an opening, however it is asked.
    if (a === "fit" && oneOf(before, "good strong great right a") && anyWord(s, i - 5, i, isSender)) return "job";
    // "…if Meridian ever hires career-changers, I'd love a shot."
    if (a === "shot" && before === "a" && oneOf(word(s, i - 2), "love like want get")) return "job";
    // "…if my name could end up on the shortlist": a place in the hiring, whatever the words around it.
    if (oneOf(a, "shortlist shortlisted")) return "job";
    // "…if the hiring manager would take someone like me", "is your team open to career changers like me
    // for the analyst opening?": the sender's own chances, put as a question.
    if (oneOf(a, "take hire consider") && likeMe(s, i + 1)) return "job";
    // "…whether your team would consider someone without MSL experience": the sender, described.
    if (a === "consider" && b === "someone" && oneOf(c, "without with from like")) return "job";
    if (a === "open" && oneOf(b, "to for") && likeMe(s, i + 2)) return "job";
    // "Happy to send my résumé if anything fits on your team": an opening, asked for as a condition.
    if (oneOf(a, "anything something") && before === "if" && has(s, from, i, T.doc)) return "job";
    // "…any way to get my foot in the door at Helix": a way into the company.
    if (a === "foot" && b === "in" && c === "the" && word(s, i + 3) === "door" && word(s, i + 4) === "at") return "job";
    if (topical) continue;
    if (
      (a === "consider" && oneOf(b, "me my")) ||
      (a === "considered" && before === "be") ||
      (a === "keep" && b === "me" && oneOf(c, "in posted")) ||
      (oneOf(a, "hire hiring") &&
        // "How does hiring actually work at state agencies?"
        !oneOf(before, "the your does") &&
        // "…when you hire designers, does a portfolio beat a certificate?" — how they hire, not to be hired.
        !(oneOf(before, "you they we") && oneOf(word(s, i - 2), "when whenever")) &&
        // "hiring teams care about…", "…or mostly hire from outside?", "do they hire off the posting?"
        !oneOf(b, "manager process managers team teams from off through internally") &&
        // "Do you hire people without a degree?", "do ag companies hire agronomists without coding?" ask how
        // they hire, not to be hired.
        !(b !== "me" && oneOf(c, "without with who from that")) &&
        // "Which think tanks hire former reporters?" asks who hires, not to be hired.
        !(oneOf(word(s, from), "which what who where") && !anyWord(s, from, i, isYou))) ||
      (oneOf(a, "take taking bring bringing") && b === "me" && oneOf(c, "on aboard onboard")) ||
      // "Would you be willing to host me as a SkillBridge intern?", "bring me on as a contractor".
      (oneOf(a, "host hire take bring") && b === "me" && (c === "as" || (c === "on" && word(s, i + 3) === "as"))) ||
      (a === "kept" && b === "in" && c === "mind") ||
      (oneOf(a, "hear know") && b === "of" && oneOf(c, "anything any openings roles something")) ||
      (tag & T.job && !oneOf(a, "interview apply candidate") && DETERMINER.has(before)) ||
      (tag & T.job && a !== "interview" && b === "for" && oneOf(c, "me someone")) ||
      (oneOf(a, "join joining") && oneOf(b, "your the") && oneOf(c, "team company")) ||
      // "be part of your team", "part of what you're building" — not "the hardest part of your switch".
      (a === "part" &&
        b === "of" &&
        (c === "what" ||
          (oneOf(c, "your the") &&
            oneOf(word(s, i + 3), "team teams company startup organization organisation group mission")))) ||
      // …but "Would a call next Tuesday work for you?" asks whether a time suits them.
      (oneOf(a, "work working") && oneOf(b, "with for") && oneOf(c, "you your") && !proposal(s, from)) ||
      (a === "spot" && b === "on") ||
      (oneOf(a, "land get find") && (tagsAt(s, i + 2) & T.job || tagsAt(s, i + 1) & T.job) && oneOf(b, "a an my me")) ||
      (a === "interview" && oneOf(before, "an me"))
    )
      return "job";
  }
  return null;
}

const tagsAt = (s: Words, i: number): number => s.tags[i] ?? 0;

/** "someone like me", "career changers like me": one or two words (no verb) for the sender's kind, then "like me". */
function likeMe(s: Words, i: number): boolean {
  for (let j = i; j < i + 2; j++) {
    const w = word(s, j);
    if (w === "" || w.endsWith("ing")) return false;
    if (word(s, j + 1) === "like" && word(s, j + 2) === "me") return true;
  }
  return false;
}

/** The request is a modal before something other than a person: "Would a call…", "Would Thursday…". */
const proposal = (s: Words, from: number): boolean =>
  tagsAt(s, from) & T.modal ? !oneOf(word(s, from + 1), "you i we") : false;

/** Whether a word from `from` to `to` passes `test`: "I'd be" before "a good fit", "you" in a question. */
export function anyWord(s: Words, from: number, to: number, test: (w: string) => boolean): boolean {
  for (let j = Math.max(0, from); j < to; j++) if (test(word(s, j))) return true;
  return false;
}
const isSender = (w: string) => oneOf(w, "i i'd i'm me");
const isYou = (w: string) => w.startsWith("you");

const HIRING_PEOPLE = wordSet("recruiter recruiters recruiting recruitment hr");

/** Words that hand the sender on: "introduce me to", "put me in touch with", "pass it along to". */
const HAND_ON = wordSet("connect connecting pass passing forward forwarding send sending");

/** Introduced or passed on to whoever hires — "your recruiting team", "the hiring manager for that role". */
function toHiringPeople(s: Words, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const w = word(s, i);
    const hires =
      HIRING_PEOPLE.has(w) ||
      (w === "hiring" && (oneOf(word(s, i + 1), "manager managers team lead") || oneOf(word(s, i - 2), "does do"))) ||
      (w === "talent" && oneOf(word(s, i + 1), "team acquisition partner")) ||
      // "the person running that search"
      (w === "search" && oneOf(word(s, i - 1), "that the this") && oneOf(word(s, i - 2), "running handling leading"));
    if (!hires) continue;
    for (let j = Math.max(from, i - 7); j < i; j++) if (tagsAt(s, j) & T.intro || HAND_ON.has(word(s, j))) return true;
  }
  return false;
}

/** "pass my résumé along", "forwarding my application to you", "share my CV with the hiring manager". */
function handsOnDocument(s: Words, i: number, to: number): boolean {
  if (!(tagsAt(s, i) & (T.imperative | T.refer)) || !HANDS_ON.test(word(s, i)) || NOT.has(word(s, i - 1))) return false;
  for (let j = i + 1; j < Math.min(to, i + 5); j++) {
    if (tagsAt(s, j) & T.doc && MY.has(word(s, j - 1)) && word(s, j - 1) !== "it") {
      // "flag my application" hands it on by itself; "send my CV" needs to say where it goes.
      if (word(s, i).startsWith("flag")) return true;
      const rest = s.w.slice(j + 1, j + 7);
      if (rest.some((w) => ONWARD.has(w))) return true;
    }
    if (word(s, j) === "name" && word(s, j - 1) === "my") return true;
  }
  return false;
}

/** A size read again keeps the larger: "ten minutes, fifteen at most" is fifteen. */
export function atLeast(out: { minutes?: number; questions?: number }, key: "minutes" | "questions", n: number): void {
  out[key] = Math.max(out[key] ?? 0, n);
}

/** The kind, size and topic of the ask whose request words start at `from`. */
/**
 * "I've rewritten my résumé. Would you review it?": a review or feedback of "it" or "them" where the words
 * before name the sender's own document, which "it" stands for.
 */
/** `before` is called only when the request itself reviews "it": most requests never take the sentence before apart. */
export function reviewsOwnDocument(
  s: Words,
  from: number,
  to: number,
  before: () => Words | null,
): "here" | "before" | null {
  if (!has(s, from, to, T.review | T.feedback)) return null;
  let pronoun = false;
  // "…take a look and tell me what to cut": a look with nothing after it is at the document named before.
  for (let i = from; i < to && !pronoun; i++)
    pronoun =
      oneOf(word(s, i), "it them") ||
      (word(s, i) === "look" && word(s, i - 1) === "a" && !oneOf(word(s, i + 1), "at over through into around"));
  if (!pronoun) return null;
  // "my portfolio", or "a portfolio site" in a sentence the sender opens ("I've put together a portfolio site").
  const named = (w: Words, end: number) => {
    const own = isSender(word(w, 0)) || word(w, 0) === "i've";
    for (let i = 1; i < end; i++) {
      // "my first case study" is a document as much as "my portfolio" is.
      const caseStudy = word(w, i) === "study" && word(w, i - 1) === "case";
      if (!(tagsAt(w, i) & T.doc) && !caseStudy) continue;
      const by = (k: number) => word(w, i - k) === "my" || (own && oneOf(word(w, i - k), "a an"));
      if (by(1) || by(2) || (caseStudy && by(3))) return true;
    }
    return false;
  };
  if (named(s, from)) return "here";
  const prior = before();
  return prior !== null && named(prior, prior.w.length) ? "before" : null;
}

export function readObject(s: Words, from: number, to: number): AskObject {
  const out: AskObject = { kind: null, inPerson: false, recurring: false, topicAt: -1 };
  for (let i = from; i < to; i++) {
    const tag = tagsAt(s, i);
    if (!(tag & (T.objHead | T.person | T.recur | T.num))) continue;
    const w = word(s, i);
    if (out.topicAt === -1 && TOPIC.has(w) && i > from) out.topicAt = i;
    if (tag & T.person) out.inPerson = true;
    if (w === "in" && word(s, i + 1) === "person") out.inPerson = true;
    // "…two questions about the weekly workload": how often is the topic's, not the ask's.
    if (
      out.topicAt === -1 &&
      (tag & T.recur || (w === "every" && (oneOf(word(s, i + 1), "week month") || word(s, i + 2) === "weeks")))
    )
      out.recurring = true;
    // "…hear back within the next 48 hours" is a time to answer by, not the ask's size.
    const n = tag & T.num && !oneOf(word(s, i - 1), "next within last past") ? numberOf(w) : Number.NaN;
    if (!Number.isNaN(n)) {
      // "fifteen minutes", "a 20-minute call", "two (quick) questions", "half an hour", "10 to 15 minutes"
      let j = i + 1;
      let size = n;
      if ((word(s, j) === "or" || word(s, j) === "to") && !Number.isNaN(numberOf(word(s, j + 1)))) {
        size = Math.max(n, numberOf(word(s, j + 1)));
        j += 2;
      }
      while (tagsAt(s, j) & T.small || oneOf(word(s, j), "of an specific more")) j++;
      // "a few minutes" is about ten, not three.
      if (tagsAt(s, j) & T.minute) atLeast(out, "minutes", oneOf(w, "few couple several") ? 10 : size);
      else if (tagsAt(s, j) & T.hour) atLeast(out, "minutes", Math.round(60 * size));
      else if (tagsAt(s, j) & T.question) atLeast(out, "questions", Math.round(size));
    }
    if (oneOf(w, "an one") && word(s, i - 1) !== "half" && tagsAt(s, i + 1) & T.hour) atLeast(out, "minutes", 60);
    // "a quick question", "one short question", "a question": one.
    if (
      (oneOf(w, "a one") && tagsAt(s, i + 1) & T.small && tagsAt(s, i + 2) & T.question) ||
      (w === "a" && word(s, i + 1) === "question")
    )
      atLeast(out, "questions", 1);
  }
  out.kind = kindOf(s, from, to);
  return out;
}

function kindOf(s: Words, from: number, to: number): ReadAskKind | null {
  const job = jobAsk(s, from, to);
  if (job) return job;
  const between = (tag: number) => has(s, from, to, tag);
  for (let i = from; i < to; i++) {
    if (!(tagsAt(s, i) & T.kindHead)) continue;
    const a = word(s, i);
    const b = word(s, i + 1);
    // "serve as a reference", "a reference letter" — not "the reference document" a question is about.
    if (a === "reference" && !oneOf(word(s, i - 1), "for your") && !oneOf(b, "document documents material guide point"))
      return "reference";
    if (
      oneOf(a, "recommendation recommendations") &&
      (word(s, i - 1) === "of" || b.startsWith("letter") || word(s, i - 2).startsWith("letter"))
    )
      return "reference";
  }
  if (between(T.shadow) || spendADay(s, from, to)) return "shadowing";
  for (let i = from; i < to; i++) {
    if (!(tagsAt(s, i) & T.kindHead)) continue;
    const a = word(s, i);
    if (
      (a === "mentor" && (word(s, i + 1) === "me" || oneOf(word(s, i - 1), "my a"))) ||
      oneOf(a, "mentorship mentoring")
    )
      return "mentorship";
  }
  // A review of the sender's own document: "look over my portfolio", "feedback on my CV".
  for (let i = from; i < to; i++) {
    if (tagsAt(s, i) & T.doc && ownedDocument(s, i)) {
      if (has(s, from, i, T.review | T.feedback | T.advice) || word(s, i - 2) === "on" || word(s, i - 3) === "on")
        return "resume-review";
    }
  }
  for (let i = from; i < to; i++) {
    if (!(tagsAt(s, i) & (T.intro | T.kindHead))) continue;
    const a = word(s, i);
    const b = word(s, i + 1);
    if (tagsAt(s, i) & T.intro && a !== "touch") return "introduction";
    if (a === "touch" && word(s, i - 1) === "in" && word(s, i - 2) === "me") return "introduction";
    if (
      (a === "connect" && b === "me" && oneOf(word(s, i + 2), "with to")) ||
      (a === "know" && oneOf(b, "anyone someone of")) ||
      (a === "point" && b === "me")
    )
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
  // "I'd value your read on the team", "get your take on it": their view, asked for.
  for (let i = from + 1; i < to; i++)
    if (oneOf(word(s, i), "read take") && word(s, i - 1) === "your" && word(s, i + 1) === "on") return "advice";
  return null;
}

/** Words that end the run of modifiers before a document: "my notes on the draft" is no draft of "my". */
const NOT_MODIFIER = wordSet("a an and or to for of with about on in at your their his her its that which who");

/** "my CV", "the draft", "my first grant application draft": the sender's document, up to three words on. */
function ownedDocument(s: Words, i: number): boolean {
  for (let k = 1; k <= 4; k++) {
    const w = word(s, i - k);
    if (MY.has(w)) return true;
    if (k >= 2 && NOT_MODIFIER.has(w)) return false;
  }
  return false;
}

function spendADay(s: Words, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (!(tagsAt(s, i) & T.kindHead)) continue;
    const a = word(s, i);
    if ((a === "spend" && oneOf(word(s, i + 2), "day afternoon")) || (a === "tag" && word(s, i + 1) === "along"))
      return true;
  }
  return false;
}
