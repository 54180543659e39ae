import { isGenericPhrase, namesPerson, subjectOf } from "../../ask/ask-text";
import type { Ask, AskFormat } from "../../schemas/ask";
import type { Anatomy, Sentence } from "../anatomy";
import { anyWord, atLeast, readObject, reviewsOwnDocument, type AskObject, type ReadAskKind } from "./ask-object";
import { IMPERATIVES, oneOf, tagsOf, wordSet } from "./lexicon";
import { requestIn, type AskForm, type RequestAt, type Words } from "./request-form";
import { foldCase, tokenize, type Token } from "./tokens";
import { ASK_SPECIFICS_MAX } from "../../schemas/field-limits";

export type { AskForm, ReadAskKind };

/** One request found in a message, read the way its recipient would read it. */
export interface AskReading {
  /** UTF-16 offsets of the sentence (or sentences) that make the request. */
  start: number;
  end: number;
  form: AskForm;
  kind: ReadAskKind;
  /** The recipient's time it states, in minutes. */
  minutes?: number;
  /** The number of questions it states. */
  questions?: number;
  inPerson: boolean;
  recurring: boolean;
  /** What the ask is about, as written ("how you moved from teaching into UX research"); "" when unsaid. */
  topic: string;
  /** The request as the message puts it, from its first request word to the end of its sentence. */
  text: string;
  /** The same ask in `checkAsk`'s terms; null for a connection request, which costs nothing to judge. */
  ask: Ask | null;
}

interface Read {
  sentence: Sentence;
  tokens: Token[];
  words: Words;
}

const CLOSER = new Set([32, 9, 10, 13, 34, 39, 0x201d, 0x2019, 41, 93]);

function wordsOf(text: string, folded: string, sentence: Sentence): Read {
  const tokens = tokenize(text, sentence.start, sentence.end, folded);
  const w: string[] = new Array(tokens.length);
  const tags: number[] = new Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const word = (tokens[i] as Token).w;
    w[i] = word;
    tags[i] = tagsOf(word);
  }
  return { sentence, tokens, words: { w, tags, q: endsWithQuestion(text, sentence.end) } };
}

/**
 * "You hold both the LLB and a mediation certificate; which of the two opened more doors for you?": the
 * question starts after a semicolon or a dash, where its own first words are.
 */
function requestAfterBreak(text: string, r: Read): RequestAt | null {
  const end = r.sentence.end;
  const cut = Math.max(
    text.lastIndexOf(";", end),
    text.lastIndexOf(" - ", end),
    text.lastIndexOf("—", end),
    text.lastIndexOf("–", end),
  );
  if (cut <= r.sentence.start) return null;
  let k = 0;
  while (k < r.tokens.length && (r.tokens[k] as Token).start < cut) k++;
  if (k === 0 || k >= r.tokens.length) return null;
  const found = requestIn({ w: r.words.w.slice(k), tags: r.words.tags.slice(k), q: true });
  return found && { ...found, at: found.at + k };
}

/** The sentence ends with "?", perhaps before closing quotes or brackets. */
function endsWithQuestion(text: string, end: number): boolean {
  for (let i = end - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 63) return true;
    if (!CLOSER.has(c)) return false;
  }
  return false;
}

const VIRTUAL = wordSet("zoom virtual virtually video online remote remotely teams meet facetime");

function formatOf(kind: ReadAskKind, inPerson: boolean, words: readonly string[]): AskFormat | undefined {
  if (words.some((w) => VIRTUAL.has(w)) && oneOf(kind, "coffee meeting call advice")) return "video";
  if (inPerson) return "in-person";
  if (oneOf(kind, "call advice")) return "call";
  return undefined;
}

function trimEnd(text: string): string {
  // No "u" flag: every mark here is a single UTF-16 unit, and the flag would only slow the scan.
  return text.replace(/[\s?.!,;:—–-]+$/, "");
}

/** Offsets of word `i`'s start within the text, or the sentence end past the last word. */
const offsetOf = (r: Read, i: number): number => r.tokens[i]?.start ?? r.sentence.end;

/**
 * The requests in a message: each with its span, its form, its kind in `checkAsk`'s vocabulary, its size
 * and its topic. Questions that are not asks ("How are you?") and offers ("I'd be happy to share…") are
 * left out; a request split over two sentences ("Could we talk next week? Fifteen minutes would be
 * plenty.") is read as one.
 */
export function readAsksIn(message: Anatomy): AskReading[] {
  const text = message.text;
  const sentences = message.sentences;
  const reads: (Read | undefined)[] = new Array(sentences.length);
  const folded = foldCase(text);
  const readAt = (i: number): Read => (reads[i] ??= wordsOf(text, folded, sentences[i] as Sentence));
  const out: Pending[] = [];
  let previous = -1;

  for (let i = 0; i < sentences.length; i++) {
    const last = out[out.length - 1];
    const sentence = sentences[i] as Sentence;
    // Most sentences are no request: one scan of the raw text rules them out before they are taken apart.
    if (!(last && last.index === i - 1) && !MAYBE_REQUEST.test(sentence.text)) continue;
    const r = readAt(i);
    const found = requestIn(r.words) ?? (r.words.q ? requestAfterBreak(text, r) : null);
    if (!found) {
      // The size may follow in a sentence of its own: "Ten minutes would be plenty."
      if (last && last.index === i - 1) {
        const object = readObject(r.words, 0, r.words.w.length);
        if (object.minutes !== undefined || object.questions !== undefined) extend(last, object, r, i);
      }
      continue;
    }
    const from = found.objectBefore ? 0 : found.at;
    let object = readObject(r.words, from, r.words.w.length);
    let start = offsetOf(r, from);
    let spanStart = r.sentence.start;
    if (object.kind === null && !found.objectBefore) {
      // "Would you be willing?" — the object may stand before the request words, or in the sentence before.
      const before = readObject(r.words, 0, found.at);
      if (before.kind) {
        object = before;
        start = r.sentence.start;
      } else if (!last && i > 0 && previous !== i - 1 && !PLEASANTRY.test(sentences[i - 1]!.text)) {
        const prev = readAt(i - 1);
        const prior = readObject(prev.words, 0, prev.words.w.length);
        if (prior.kind) {
          object = {
            ...prior,
            minutes: prior.minutes ?? object.minutes,
            questions: prior.questions ?? object.questions,
            topicAt: -1,
          };
          start = spanStart = prev.sentence.start;
        }
      }
    }
    previous = i;
    // A request with no object of its own belongs to the one before it: "…No rush — next week would be great."
    // So does "If you could reply by Wednesday, that would be ideal": when to answer is no second ask.
    if (
      object.kind === null &&
      last &&
      (found.objectBefore || r.words.w.length - found.at <= 4 || repliesOnly(r.words.w, found.at))
    ) {
      extend(last, object, r, i);
      continue;
    }
    let kind: ReadAskKind = object.kind ?? (found.form === "question" ? "questions" : "advice");
    if (kind === "feedback" || kind === "questions" || kind === "advice") {
      const named = reviewsOwnDocument(r.words, from, r.words.w.length, () => (i > 0 ? readAt(i - 1).words : null));
      if (named) kind = "resume-review";
      // The request's text carries the words that name the document, so that checkAsk sees it named.
      if (named === "here") start = r.sentence.start;
      else if (named === "before" && !last) start = spanStart = (sentences[i - 1] as Sentence).start;
    } else if (
      kind === "introduction" &&
      !last &&
      i > 0 &&
      previous !== i - 1 &&
      namedJustBefore(text, sentences, i, start)
    ) {
      // "You mentioned knowing Daniel Cho on the policy team. Would you introduce me?": whom was said first.
      start = spanStart = (sentences[i - 1] as Sentence).start;
    } else if (
      kind === "introduction" &&
      start > r.sentence.start &&
      anyWord(r.words, from, r.words.w.length, isPronounObject)
    ) {
      // "…your dad runs that shop, and if you could put me in touch with him": whom, said before the request.
      start = r.sentence.start;
    }

    const reading: Pending = {
      start: spanStart,
      end: r.sentence.end,
      form: found.form,
      kind,
      inPerson: object.inPerson,
      recurring: object.recurring,
      topic: "",
      text: trimEnd(text.slice(start, r.sentence.end)),
      ask: null,
      index: i,
      words: r.words.w.slice(),
    };
    if (object.minutes !== undefined) reading.minutes = object.minutes;
    if (object.questions !== undefined) reading.questions = object.questions;
    if (kind === "questions" && reading.questions === undefined && object.kind === null) reading.questions = 1;
    // Next to each other, the same kind asked again, or a call and what it is for, are one request.
    // …but "Would you be open to a chat? Any advice would be appreciated!" asks for two things.
    if (
      last &&
      last.index === i - 1 &&
      object.kind !== null &&
      (last.kind === kind ||
        (joins(last.kind, kind) && !isGenericPhrase(reading.text)) ||
        // "…two questions, if you're willing: 1. Did you retrain…?": the questions announced, asked.
        (last.kind === "questions" &&
          last.questions !== undefined &&
          found.form === "question" &&
          (kind === "questions" || kind === "advice")))
    ) {
      if ((VEHICLES.has(kind) && !VEHICLES.has(last.kind)) || kind === "introduction") {
        last.kind = kind;
        last.form = found.form === "question" ? "question" : last.form;
      }
      last.text = `${last.text}. ${reading.text}`;
      extend(last, object, r, i);
      continue;
    }
    out.push(reading);
  }
  return out.map(finish);
}

const isPronounObject = (w: string) => oneOf(w, "him her them");

/** "I'm Jenna Ortiz", "my name is…": the sender's own name, which says nothing of whom to meet. */
const OWN_NAME = /\b(?:I['’]m|I am|name is|this is|it['’]s)\s+\p{Lu}/u;

/** The sentence before names a person (not the sender) and the request itself names none. */
function namedJustBefore(text: string, sentences: readonly Sentence[], i: number, start: number): boolean {
  const before = (sentences[i - 1] as Sentence).text;
  return (
    !namesPerson(text.slice(start, (sentences[i] as Sentence).end)) && namesPerson(before) && !OWN_NAME.test(before)
  );
}

type Pending = AskReading & { index: number; words: string[] };

const REPLY = wordSet("reply respond answer");
/** The request is only to answer: "if you could reply by…", "could you get back to me…". */
function repliesOnly(w: readonly string[], at: number): boolean {
  for (let j = at; j < Math.min(w.length, at + 5); j++)
    if (REPLY.has(w[j] as string) || (oneOf(w[j] as string, "get write hear") && w[j + 1] === "back")) return true;
  return false;
}

/**
 * Every word a request form can start with (request-form.ts), or a closing question mark. A sentence with
 * none of them is passed over without being taken apart into words. The verbs are the lexicon's own list.
 */
const MAYBE_REQUEST = new RegExp(
  String.raw`\?["'”’)\]\s]*$|\b(?:would|could|can|will|may|might|shall|i['’]d|we['’]d|love|hop(?:e|ing)|wonder(?:ing|ed)?|grateful|appreciat\w*|let(?:['’]s)?|feel|if|ask|see|request|inquire|check|please|looking|searching|need|want(?:ed)?|wanna|any|considered|kept|we|questions?|pls|plz|lmk|${IMPERATIVES.replaceAll(" ", "|")})\b`,
  "i",
);

/** "Lovely meeting you at the meetup!": a meeting already had, which lends no object to the next request. */
const PLEASANTRY =
  /\b(?:nice|lovely|great|good|wonderful|pleasure|fun)\s+(?:to\s+)?(?:meet|meeting|see|seeing|chat|chatting|talk|talking)\b/i;

/** Asks that carry a conversation; "what it is about" can come in a sentence of its own. */
const VEHICLES: ReadonlySet<string> = wordSet("call coffee meeting introduction mentorship shadowing");
const CONVERSATIONS: ReadonlySet<string> = wordSet("call coffee meeting");
/** "…a 15-minute call? I'd love to hear what helped" says what the call is for; "…two questions? Could you also introduce me" asks twice. */
const joins = (a: ReadAskKind, b: ReadAskKind) =>
  (a === "advice" && VEHICLES.has(b)) ||
  (b === "advice" && VEHICLES.has(a)) ||
  (a === "questions" && CONVERSATIONS.has(b)) ||
  (b === "questions" && CONVERSATIONS.has(a)) ||
  // "I'd really like to meet your CTO. Could you introduce me?": the meeting is what the introduction is for.
  (a === "meeting" && b === "introduction");

function finish(p: Pending): AskReading {
  const { index: _index, words, ...reading } = p;
  reading.topic = trimEnd(subjectOf(reading.text) ?? "");
  // The request as written: checkAsk's rules find its topic in it, as they do in a form's text.
  // As long as an Ask's specifics may be: a longer request is judged by its start.
  const specifics = reading.text.slice(0, ASK_SPECIFICS_MAX);
  if (reading.kind !== "connect") {
    const ask: Ask = { kind: reading.kind, specifics };
    const format = formatOf(reading.kind, reading.inPerson, words);
    if (format) ask.format = format;
    if (reading.minutes !== undefined) ask.minutes = reading.minutes;
    if (reading.questions !== undefined) ask.questions = reading.questions;
    if (reading.recurring) ask.recurring = true;
    reading.ask = ask;
  }
  return reading;
}

/** A following sentence that belongs to the same request: its span, size and words join it. */
function extend(last: Pending, object: AskObject, r: Read, index: number): void {
  last.end = r.sentence.end;
  last.index = index;
  for (const w of r.words.w) last.words.push(w);
  if (object.minutes !== undefined) atLeast(last, "minutes", object.minutes);
  if (object.questions !== undefined) atLeast(last, "questions", object.questions);
  if (object.inPerson) last.inPerson = true;
  if (object.recurring) last.recurring = true;
}
