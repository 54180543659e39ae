import type { Transition } from "../schemas/contact";
import { namesAField } from "./field-matcher";

/** What a headline (or a title written like one) says of someone's work, and the move it tells. */
export interface HeadlineReading extends HeadlineParts {
  /** The move the headline tells, when it was from a line of work and not only from an employer. */
  transition?: Transition;
}

/** What a headline says of someone's work, part by part, as written. */
export interface HeadlineParts {
  /** What they do now: "UX Researcher @ Duolingo". */
  current: string[];
  /** What they did before: "teacher", "Google". An employer alone is no change of field; see transition. */
  past: string[];
  /** What they are aiming for, not yet doing: "Aspiring UX Researcher". */
  aspiring: string[];
}

/** Words before a full stop that do not end a sentence: "Sr. Manager", "U.S. Army", "Pixel & Co. agency". */
const ABBREVIATION = /(?:^|[\s.(])(?:sr|jr|dr|mr|mrs|ms|st|inc|co|corp|ltd|vs|no|dept|univ|[a-z])$/i;

function sentences(text: string): string[] {
  if (!text.includes(". ")) return [text];
  const out: string[] = [];
  let rest = text;
  const stop = /\.\s+(?=[A-Z])/g;
  let from = 0;
  for (let m = stop.exec(rest); m !== null; m = stop.exec(rest)) {
    const before = rest.slice(from, m.index);
    if (ABBREVIATION.test(before)) continue;
    out.push(before);
    from = m.index + m[0].length;
  }
  rest = rest.slice(from);
  if (rest) out.push(rest);
  return out;
}

/** Headline parts: people separate them with bars, bullets, dots, spaced dashes and sentences. */
const SEPARATOR = /\s*(?:[|•·;\n]|\s[-–—](?!>)\s)\s*/;

const PAST_PREFIX =
  /^(?:ex[-–\s]+|former(?:ly)?\b|previously\b|prev\.|before\b|prior(?:ly)?\b|recovering\b|retired\b|past\b)[\s:,-]*/i;
const NOW_PREFIX = /^(?:now|currently|today)\b[\s:,-]*/i;
const ASPIRING = /\b(?:aspiring|aspirant|seeking|looking for|transitioning (?:to|into)|breaking into|wannabe)\b/i;
const OPEN_TO_WORK = /^#?open\s*to\s*(?:work|opportunities|new roles)\W*$/i;
/** Courses and certificates: what someone studied, not where they work. */
const CREDENTIAL = /\b(?:certificate|certification|course|bootcamp|nanodegree)\b/i;
/** Post-nominal letters alone: "PMP", "BSN, RN", "SHRM-CP", "CAPM" say what they hold, not what they do. */
const LETTERS_ONLY =
  /^(?:(?:pmp|pgmp|capm|prince2|csm|psm|cspo|shrm(?:-s?cp)?|s?phr|cpa|aca|acca|cma|cfa|cfp|bsn|msn|rn|lpn|np|jd|llm|mba|mpp|mpa|mph|phd|pe|eit)[\s,&/+-]*)+$/i;
/** What they help others do or care about: a mission, not their job. */
const MISSION = /^(?:helping|i help|we help|passionate|on a mission|obsessed|love|lover of)\b/i;

/** Moves written in one part: "Teacher → UX Researcher", "Teacher turned UX Researcher", "From audit to analytics". */
const MOVES: readonly RegExp[] = [
  /^(?:from\s+)?(.+?)\s*(?:→|->|=>|⟶|➜|➡️?|\s>\s)\s*(.+)$/i,
  /^(.+?)\s+turned\s+(.+)$/i,
  /^(?:(?:moved|transitioned|pivoted|switched|went)\s+)?from\s+(.+?)\s+(?:to|into)\s+(.+)$/i,
];
/** A past written in one part with no present: "Career changer from K-12 education", "Transitioned from 12 years in the Air Force". */
const FROM_ONLY =
  /^(?:(?:career[- ](?:changer|switcher)|moved|transitioned|pivoted|switched|came|coming)\s+(?:over\s+)?from|after)\s+(.+)$/i;
/** "8 years in the classroom before research": the first is the past. */
const BEFORE = /^(.+?)\s+before\s+(.+)$/i;
/** "12 years in the Air Force", "(10 years teaching high school Spanish)": years spent somewhere are a past. */
const YEARS_IN = /^\d+\+?\s*(?:years?|yrs?)\s+(?:(?:in|as|of|at)\s+)?(.+)$/i;
/** "Army Veteran", "U.S. Navy veteran", "veteran of the Air Force". */
const VETERAN = /^(?:(.+?)\s+veteran|veteran(?:\s+of(?:\s+the)?)?\s*(.*))$/i;
/** "Military to PM": short, and the second a title (capitalised), so "Advisor to early-stage startups" is no move. */
const BARE_TO = /^(\S+(?:\s+\S+){0,2})\s+to\s+([A-Z]\S*(?:\s+\S+){0,2})$/;
/** "USMC (ret.)", "Teacher, retired". */
const RETIRED_SUFFIX = /^(.+?)[\s,]*\((?:ret\.?|retired)\)$|^(.+?),\s*retired$/i;

const EDGE = " \t\n\r:,.-";

/** The text without runs of spaces or stray punctuation at its ends. A loop: this runs for every part read. */
function clean(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && EDGE.includes(s[a] as string)) a++;
  while (b > a && EDGE.includes(s[b - 1] as string)) b--;
  const t = a === 0 && b === s.length ? s : s.slice(a, b);
  return /\s\s|[\t\n\r]/.test(t) ? t.replace(/\s+/g, " ") : t;
}

/** The title of a part without its employer: "UX Researcher @ Duolingo" → "UX Researcher". */
export const titleOf = (part: string): string => clean(part.split(/\s+(?:@|at)\s+|\s@/i)[0] ?? part);

/** Any of the signs of a move in one part: an arrow, "turned", "from". */
const MOVE_SIGN = /[→>⟶➜➡]| turned |from /;

function readPart(part: string, into: HeadlineParts): void {
  let text = clean(part);
  if (!text) return;
  // Asides: "(ex-teacher)", "(previously 6 yrs in accounts payable)" are the past; other brackets are kept as words.
  if (text.includes("(")) {
    text = clean(
      text.replace(/\(([^)]*)\)/g, (whole, inner: string) => {
        const aside = inner.trim();
        if (PAST_PREFIX.test(aside) || YEARS_IN.test(aside)) {
          const past = aside.replace(PAST_PREFIX, "");
          into.past.push(clean(YEARS_IN.exec(past)?.[1] ?? past));
          return " ";
        }
        return /^(?:ret\.?|retired)$/i.test(aside) ? whole : ` ${inner} `;
      }),
    );
    if (!text) return;
  }
  const lower = text.toLowerCase();
  if (OPEN_TO_WORK.test(text) || MISSION.test(text)) return;
  if (NOW_PREFIX.test(text)) {
    readPart(text.replace(NOW_PREFIX, ""), into);
    return;
  }
  // Before the past markers: "Former Staff Accountant → Analytics Engineer" is a move, not only a past.
  // The patterns that scan a whole part are guarded: most parts are plain titles, and an import reads thousands.
  if (MOVE_SIGN.test(lower)) {
    for (const move of MOVES) {
      const m = move.exec(text);
      if (m) {
        const past = clean((m[1] as string).replace(PAST_PREFIX, ""));
        if (past) into.past.push(past);
        readPart(m[2] as string, into);
        return;
      }
    }
  }
  if (PAST_PREFIX.test(text)) {
    const past = clean(text.replace(PAST_PREFIX, ""));
    if (past) into.past.push(past);
    return;
  }
  const retired = lower.includes("ret") ? RETIRED_SUFFIX.exec(text) : null;
  if (retired) {
    into.past.push(clean(retired[1] ?? retired[2] ?? ""));
    return;
  }
  if (ASPIRING.test(text)) {
    into.aspiring.push(text);
    return;
  }
  if (CREDENTIAL.test(text) || LETTERS_ONLY.test(text)) return;
  const fromOnly = FROM_ONLY.exec(text);
  if (fromOnly) {
    into.past.push(clean(fromOnly[1] as string));
    return;
  }
  const before = lower.includes(" before ") ? BEFORE.exec(text) : null;
  if (before) {
    const past = before[1] as string;
    into.past.push(clean(YEARS_IN.exec(past)?.[1] ?? past));
    into.current.push(clean(before[2] as string));
    return;
  }
  const years = YEARS_IN.exec(text);
  if (years) {
    into.past.push(clean(years[1] as string));
    return;
  }
  const veteran = lower.includes("veteran") ? VETERAN.exec(text) : null;
  if (veteran) {
    into.past.push(clean(veteran[1] ?? veteran[2] ?? "") || "veteran");
    return;
  }
  const bare = lower.includes(" to ") ? BARE_TO.exec(text) : null;
  if (bare) {
    into.past.push(clean(bare[1] as string));
    into.current.push(clean(bare[2] as string));
    return;
  }
  // "Policy Advisor, State Senate, JD, ex-litigator": a past can follow a comma inside a part.
  if (text.includes(",")) {
    const pieces = text.split(/\s*,\s*/);
    const pastAt = pieces.findIndex((p, i) => i > 0 && PAST_PREFIX.test(p));
    if (pastAt > 0) {
      into.current.push(pieces.slice(0, pastAt).join(", "));
      into.past.push(clean(pieces.slice(pastAt).join(", ").replace(PAST_PREFIX, "")));
      return;
    }
  }
  into.current.push(text);
}

const within = (s: string): string => s.slice(0, 200);

/**
 * Reads a LinkedIn headline, or a title written like one, into what the person does now, what they did
 * before and what they are aiming for: "UX Researcher @ Duolingo (ex-teacher)", "Former RN | Now Product
 * Manager", "Teacher → UX Researcher", "Teacher turned UX Researcher", "Now: Data Analyst at Wise. Before:
 * Chartered Accountant", "Recovering lawyer", "Career changer from retail". A past that names only an
 * employer ("Ex-Google") is kept in `past` but makes no `transition`.
 */
export function readHeadline(headline: string | undefined): HeadlineReading {
  const parts = headlineParts(headline);
  const reading: HeadlineReading = {
    current: [...parts.current],
    past: [...parts.past],
    aspiring: [...parts.aspiring],
  };
  const from = reading.past.find(namesAField);
  const to =
    reading.current.map(titleOf).find((t) => t !== "" && namesAField(t)) ??
    reading.current.map(titleOf).find((t) => t !== "");
  if (from && to) reading.transition = { from: within(from), to: within(to) };
  return reading;
}

const read = new Map<string, Readonly<HeadlineParts>>();
const NOTHING: Readonly<HeadlineParts> = { current: [], past: [], aspiring: [] };

/**
 * The parts of a headline, without the move they make (readHeadline), for callers that judge the parts
 * themselves. Titles repeat across an import ("Software Engineer" hundreds of times): each is read once, and
 * what is handed out must not be changed.
 */
export function headlineParts(headline: string | undefined): Readonly<HeadlineParts> {
  if (!headline) return NOTHING;
  let parts = read.get(headline);
  if (parts === undefined) {
    const into: HeadlineParts = { current: [], past: [], aspiring: [] };
    for (const sentence of sentences(headline)) for (const part of sentence.split(SEPARATOR)) readPart(part, into);
    into.past = into.past.filter((p) => p !== "");
    parts = into;
    if (read.size > 20_000) read.clear();
    read.set(headline, parts);
  }
  return parts;
}
