import { namesOwnDocument } from "../ask/ask-text";
import { workOf } from "./rephrase-note";
import { minutesOf } from "../ask/ask-cost";
import { evaluateAsk } from "../ask/evaluate-ask";
import { rightSize } from "../ask/right-size";
import { lintMessage } from "../lint/lint-message";
import type { LintContext } from "../lint/lint-context";
import { bodyLimit } from "../lint/rules/channel-limit";
import { COLD_MAX_WORDS, COLD_WARN_WORDS, SUBJECT_MAX, WARM_MAX_WORDS } from "../lint/rules/length";
import { analyse } from "../lint/anatomy";
import { parseArg, type Result } from "../result";
import type { Ask } from "../schemas/ask";
import type { AskContext } from "../schemas/ask-context";
import type { Contact } from "../schemas/contact";
import type { Finding } from "../schemas/finding";
import { askSentence, askTopic } from "./ask-phrase";
import { BuildInput, type BuildInputInput, type MessagePart, type PartName } from "./build-input";
import { compose, type Piece } from "./compose";
import * as P from "./phrasings";

export interface BuiltMessage {
  subject?: string;
  body: string;
  parts: MessagePart[];
  /** The ask the message makes: the one given, or the right-sized one when that was too big. */
  ask: Ask;
  rightSized: boolean;
  /** The context to lint the message with (and to re-lint it with as it is edited). */
  context: LintContext;
}

/** A small deterministic generator: the same seed picks the same phrasings. */
function picker(seed: number) {
  let s = seed >>> 0;
  return <T>(options: readonly T[]): T => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    const r = ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
    return options[Math.floor(r * options.length)] as T;
  };
}

const fill = (template: string, slots: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (_, k: string) => slots[k] ?? "");
const TITLE = /^(?:mr|mrs|ms|mx|dr|prof)\.?$/i;

function greetingName(name: string): string {
  const parts = name.split(" ");
  const first = parts[0] ?? name;
  return TITLE.test(first) && parts.length > 1 ? `${first} ${parts[parts.length - 1]}` : first;
}

const BIG_IN_WORDS = new Set<Ask["kind"]>([
  "coffee",
  "meeting",
  "shadowing",
  "introduction",
  "referral",
  "reference",
  "resume-review",
  "mentorship",
  "job",
]);

/** The ask to phrase: the user's own when it is reasonable for this person, else the right-sized one. */
function chooseAsk(input: BuildInput): { ask: Ask; rightSized: boolean } {
  const { recipient, sender } = input;
  // Messages never state a deadline, so the ask is judged without one; and they always state a size.
  const ask: Ask = { ...input.ask, deadline: undefined };
  if (ask.minutes === undefined && ask.questions === undefined) {
    if (ask.kind === "questions") ask.questions = 2;
    else ask.minutes = minutesOf(ask);
  }
  const contact: Contact = {
    id: "recipient",
    name: recipient.name,
    circle: recipient.circle,
    tie: recipient.tie,
    ...(recipient.currentColleague !== undefined ? { currentColleague: recipient.currentColleague } : {}),
    ...(recipient.transition ? { transition: recipient.transition } : {}),
  };
  const pivot = sender.pivot
    ? {
        fromField: sender.pivot.fromField,
        toField: sender.pivot.toField,
        targetRoles: [],
        stillEmployed: sender.pivot.stillEmployed ?? false,
        weeklyMinutes: 0,
      }
    : undefined;
  const context: AskContext = {
    today: "2000-01-01",
    interactions: [],
    openAsks: [],
    grantedAsks: [],
    rules: {},
    allowances: {},
    ...(pivot ? { pivot } : {}),
  };
  // Whatever its format, a coffee, an introduction or a review reads as a big ask in words to a stranger
  // or a weak tie, and the linter says so; the message asks something smaller instead.
  const bigInWords = (recipient.tie === "stranger" || recipient.tie === "weak") && BIG_IN_WORDS.has(ask.kind);
  if (!bigInWords && evaluateAsk(ask, contact, context).level === "reasonable") return { ask, rightSized: false };
  const smaller = rightSize(ask, contact, context);
  if (smaller) return { ask: smaller, rightSized: true };
  // Nothing is fully reasonable (a colleague, a pivot to keep quiet): two questions is the least to ask.
  // Never about the user's own document: two questions about a résumé are a review of it.
  const topic = namesOwnDocument(askTopic(ask)) ? "your work" : askTopic(ask);
  return { ask: { kind: "questions", specifics: topic, format: "async", minutes: 10, questions: 2 }, rightSized: true };
}

/** "talk on discovery in regulated healthcare at Mind the Product" → "talk": the name of the work stays, its topic goes. */
function briefWork(work: string): string {
  const cut = work.search(/\s(?:on|about|for|at|in|with)\s/);
  return cut > 0 ? work.slice(0, cut) : work;
}

function pieces(input: BuildInput, ask: Ask, topic: string, pick: ReturnType<typeof picker>, brief = false): Piece[] {
  const { recipient, sender, tone } = input;
  const discreet = recipient.currentColleague === true && sender.pivot?.stillEmployed === true;
  const greetings =
    input.channel === "email" || input.channel === "linkedin-message" ? P.GREETINGS[tone] : P.GREETINGS.short;
  const out: Piece[] = [
    { name: "greeting", text: fill(pick(greetings), { name: greetingName(recipient.name) }), dropOrder: null },
  ];
  if (recipient.connection) {
    const c = recipient.connection.replace(/[.!?]+$/, "");
    out.push({ name: "connection", text: `${c.charAt(0).toUpperCase()}${c.slice(1)}.`, dropOrder: 3 });
  }
  if (recipient.compliment) {
    const work = brief ? briefWork(workOf(recipient.compliment)) : workOf(recipient.compliment);
    // A leader is approached with the compliment first of all; for others the reason matters more.
    out.push({
      name: "compliment",
      text: fill(pick(P.COMPLIMENTS), { work }),
      dropOrder: recipient.circle === "leaders" ? 6 : 4,
    });
  }
  const reason = discreet
    ? fill(pick(P.REASONS_DISCREET), { topic })
    : recipient.transition && sender.pivot
      ? fill(pick(P.REASONS_PATHFINDER), { tfrom: recipient.transition.from, tto: recipient.transition.to })
      : sender.pivot
        ? fill(pick(P.REASONS_PIVOT), { from: sender.pivot.fromField, to: sender.pivot.toField })
        : null;
  if (reason) out.push({ name: "reason", text: reason, dropOrder: 5 });
  out.push({ name: "ask", text: askSentence(ask, topic, Math.floor(pick([0, 1, 2, 3]))), dropOrder: null });
  out.push({ name: "easy-out", text: pick(P.EASY_OUTS), dropOrder: 2 });
  out.push({ name: "thanks", text: pick(P.THANKS), dropOrder: 0 });
  const signOff = pick(P.SIGN_OFFS[tone]);
  out.push({
    name: "sign-off",
    text:
      input.channel === "email" || input.channel === "linkedin-message"
        ? `${signOff}\n${input.sender.name}`
        : input.sender.name,
    dropOrder: 1,
  });
  return out;
}

function subjectFor(ask: Ask, topic: string, input: BuildInput, pick: ReturnType<typeof picker>): string {
  const options =
    ask.kind === "questions" ? P.SUBJECTS.questions : ask.kind === "call" ? P.SUBJECTS.call : P.SUBJECTS.other;
  const to = input.sender.pivot?.toField ?? "your field";
  const first = pick(options);
  // A subject cut with "…" reads as a mistake: when the topic makes it too long, a phrasing that fits.
  const tried = [first, ...options.filter((o) => o !== first), P.SUBJECTS.other[0]].map((o) => fill(o, { topic, to }));
  return tried.find((subject) => subject.length <= SUBJECT_MAX) ?? P.SUBJECT_FALLBACK;
}

/** Words the message proper may have on this channel before the linter calls it long. */
function wordBudget(input: BuildInput, firstContact: boolean): number | null {
  if (input.channel !== "email" && input.channel !== "linkedin-message") return null;
  return firstContact ? COLD_WARN_WORDS : WARM_MAX_WORDS;
}

function shortenTopic(topic: string): string {
  const words = topic.split(" ");
  return words.length <= 3 ? topic : words.slice(0, Math.max(3, Math.floor(words.length * 0.7))).join(" ");
}

/** Which part of the input a linter error in the composed text came from, to name it in the error. */
const PART_SOURCE: Partial<Record<PartName, string>> = {
  connection: "recipient.connection",
  compliment: "recipient.compliment",
  ask: "ask.specifics",
  greeting: "recipient.name",
  "sign-off": "sender.name",
  reason: "sender.pivot",
};

/**
 * Composes an outreach message from its parts: greeting, connection, compliment, reason, ask, easy out,
 * thanks, sign-off. Several phrasings per part are chosen by `seed`; optional parts are dropped and the
 * topic shortened until the message fits its channel. The result has no `error` finding under
 * `lintMessage` with the returned context; text the user supplied that would cause one is reported as an
 * input error naming the field.
 */
export function buildMessage(input: BuildInputInput | unknown): Result<BuiltMessage> {
  const parsed = parseArg(BuildInput, input, "");
  if (!parsed.ok) return parsed;
  const value = parsed.value;
  const { recipient } = value;
  const firstContact = recipient.firstContact ?? (recipient.tie === "stranger" || recipient.tie === "weak");
  const { ask, rightSized } = chooseAsk(value);
  const context: LintContext = {
    channel: value.channel,
    circle: recipient.circle,
    tie: recipient.tie,
    recipientName: recipient.name,
    firstContact,
    purpose: "ask",
    ...(recipient.currentColleague !== undefined ? { currentColleague: recipient.currentColleague } : {}),
    ...(value.sender.pivot?.stillEmployed !== undefined ? { stillEmployed: value.sender.pivot.stillEmployed } : {}),
    ...(value.linkedInFreeAccount !== undefined ? { linkedInFreeAccount: value.linkedInFreeAccount } : {}),
  };

  let topic = askTopic(ask);
  const limit = bodyLimit(context);
  const budget = wordBudget(value, firstContact);
  const paragraphs = value.channel === "email" || value.channel === "linkedin-message";
  let built: { body: string; parts: MessagePart[] } | null = null;
  // The first version with no size error, kept in case no version is free of size warnings too.
  let fallback: { body: string; parts: MessagePart[] } | null = null;
  // Drop optional parts one at a time, then shorten the topic (and the compliment), until the message fits
  // the channel. First without dropping what the linter asks of this message — a reason in a first message,
  // a compliment in a first note to a leader — and only when that cannot fit, dropping those too.
  for (const keepNeeded of [true, false]) {
    topic = askTopic(ask);
    for (let attempt = 0; attempt < 40 && built === null; attempt++) {
      const all = pieces(value, ask, topic, picker(value.seed), attempt > 0);
      const needed = (p: Piece) =>
        keepNeeded &&
        firstContact &&
        (p.name === "reason" || (p.name === "compliment" && recipient.circle === "leaders"));
      const droppable = all
        .filter((p) => p.dropOrder !== null && !needed(p))
        .sort((a, b) => (a.dropOrder ?? 0) - (b.dropOrder ?? 0));
      for (let drop = 0; drop <= droppable.length; drop++) {
        const gone = new Set(droppable.slice(0, drop));
        const kept = all.filter((p) => !gone.has(p));
        const candidate = compose(kept, { paragraphs });
        const size = sizeOf(candidate.body, limit, budget, firstContact);
        if (size === "fits") {
          built = candidate;
          break;
        }
        if (!fallback && size === "long") fallback = candidate;
      }
      if (built === null) {
        const shorter = shortenTopic(topic);
        if (shorter === topic && attempt > 0) break;
        topic = shorter;
      }
    }
    if (built !== null) break;
  }
  if (built === null && fallback) built = fallback;
  if (built === null) {
    return fail(
      "ask.specifics",
      `the message cannot be made to fit ${limit !== null ? `${limit} characters` : `${budget} words`}; shorten the names or the topic`,
    );
  }

  const subject =
    value.channel === "email" ? subjectFor(ask, topic, value, picker(value.seed ^ 0x9e3779b9)) : undefined;
  const final = subject !== undefined ? { ...context, subject } : context;
  const lint = lintMessage(built.body, final);
  if (!lint.ok) return lint;
  const error = lint.value.findings.find((f) => f.severity === "error");
  if (error) return fail(sourceOf(error, built.parts), error.message);
  return {
    ok: true,
    value: {
      ...(subject !== undefined ? { subject } : {}),
      body: built.body,
      parts: built.parts,
      ask,
      rightSized,
      context: final,
    },
  };
}

/**
 * How the body measures against the channel, by the same counts the linter's `length` and `channel-limit`
 * rules use: "fits" (no finding), "long" (a warning only), "over" (an error).
 */
function sizeOf(
  body: string,
  limit: number | null,
  budget: number | null,
  firstContact: boolean,
): "fits" | "long" | "over" {
  if (limit !== null && body.length > limit) return "over";
  if (budget === null) return "fits";
  const words = analyse(body).words;
  if (words <= budget) return "fits";
  return words > (firstContact ? COLD_MAX_WORDS : WARM_MAX_WORDS) ? "over" : "long";
}

function sourceOf(finding: Finding, parts: readonly MessagePart[]): string {
  if (finding.target === "subject") return "ask.specifics";
  const part = parts.find((p) => (finding.start ?? 0) >= p.start && (finding.start ?? 0) < p.end);
  return (part && PART_SOURCE[part.name]) ?? "ask";
}

function fail(path: string, message: string): Result<never> {
  return { ok: false, error: { kind: "invalid-input", message: `${path}: ${message}`, issues: [{ path, message }] } };
}
