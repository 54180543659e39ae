/**
 * The ask reader's vocabulary: words, not phrases, each with the tags it carries. A word's other forms are
 * found by taking common endings off ("forwarding" → "forward", "introducing" → "introduce", "referred" →
 * "refer"), so a list holds a verb once. Kept as space-separated strings: the lint bundle stays small.
 */

/** Tags, one bit each. An enum, not an object: the bundler writes each use as its number, not a lookup. */
export enum T {
  connect = 1 << 0,
  question = 1 << 1,
  call = 1 << 2,
  coffee = 1 << 3,
  meet = 1 << 4,
  advice = 1 << 5,
  feedback = 1 << 6,
  review = 1 << 7,
  doc = 1 << 8,
  intro = 1 << 9,
  refer = 1 << 10,
  reference = 1 << 11,
  job = 1 << 12,
  shadow = 1 << 13,
  mentor = 1 << 14,
  minute = 1 << 15,
  hour = 1 << 16,
  small = 1 << 17,
  recur = 1 << 18,
  person = 1 << 19,
  generic = 1 << 20,
  /** Verbs a request can open with: "Send me…", "Tell me…", "Pass my CV along". */
  imperative = 1 << 21,
  modal = 1 << 22,
  wish = 1 << 23,
  /** Words, as spelt, that open one of ask-object.ts's job or referral patterns ("refer", "hiring", "land"). */
  jobHead = 1 << 24,
  /** Words, as spelt, that open one of its other kind patterns ("reference", "mentor", "point"). */
  kindHead = 1 << 25,
  /** Words after which a job word is what a question is about: "which roles are realistic". */
  about = 1 << 26,
  /** A negation: "not", "never", "don't". */
  not = 1 << 27,
  collab = 1 << 28,
  /** Words a request form can start with; a sentence is only looked at from these. */
  trigger = 1 << 29,
  /** A number word: "two", "fifteen", "couple". */
  num = 1 << 30,
  /** Words, as spelt, that readObject reads a size or topic from ("a", "one", "every", "about"). */
  objHead = 1 << 31,
}

/** Verbs a request can open with; read-asks.ts looks for them in the raw text too, from this one list. */
export const IMPERATIVES =
  "send share tell pass forward introduce connect consider keep point review refer recommend give reach drop shoot ping email text put take let feel join grab schedule book find help";

const LISTS: [number, string][] = [
  [T.connect, "connect connection network linkedin reconnect"],
  [T.question, "question ask answer link list resource name tell"],
  [T.call, "call chat talk phone zoom conversation speak video hop facetime teams"],
  [T.coffee | T.person, "coffee lunch dinner drink breakfast beer bite brunch"],
  [T.meet, "meet meeting sit visit"],
  [T.person, "person office campus stop drop swing"],
  [
    T.advice,
    "advice guidance tip pointer insight perspective thought suggestion input wisdom help learn hear experience recommendation brain idea",
  ],
  [T.feedback, "feedback opinion critique reaction impression"],
  [T.review, "review look glance proofread read critique check skim edit"],
  [T.doc, "resume résumé cv portfolio letter profile draft deck sample essay application materials statement"],
  [T.intro, "introduce introduction intro touch"],
  [T.refer, "refer referral recommend vouch forward submit flag"],
  [T.reference, "reference"],
  [T.job, "hire hiring opening position role job vacancy opportunity internship candidate candidacy apply interview"],
  [T.shadow, "shadow"],
  [T.mentor, "mentor mentorship mentee"],
  [T.collab, "collaborate collaboration partner partnership"],
  [T.minute, "minute min mins"],
  [T.hour, "hour hr hrs"],
  [T.small, "quick brief short small little"],
  [T.recur, "monthly weekly regular regularly ongoing biweekly fortnightly"],
  [T.generic, "sometime anything whatever agenda something stuff way"],
  [T.imperative, IMPERATIVES],
  [T.modal, "would could can will may might shall"],
  [T.wish, "love like appreciate welcome value enjoy grateful thrilled honored honoured delighted"],
  [
    T.trigger,
    "would could can will may might shall i'd we'd i we hoping wondering wondered wonder hope grateful appreciate appreciative let let's feel if ask see request inquire check please are were do did is any how what mind love need want wanted wanna looking searching have pls plz lmk ok okay alright be should happy glad",
  ],
];

/** A word list written as one space-separated string, as the lists above are: fewer quotes and commas to ship. */
export const wordSet = (words: string): ReadonlySet<string> => new Set(words.split(" "));

const LISTED = new Map<string, ReadonlySet<string>>();

/**
 * Whether `w` is one of the space-separated `words`: `oneOf(b, "me us")` reads as `b === "me" || b === "us"`,
 * with the list written once in the bundle and split into a set on first use.
 */
export function oneOf(w: string, words: string): boolean {
  let set = LISTED.get(words);
  if (!set) LISTED.set(words, (set = wordSet(words)));
  return set.has(w);
}

/** Two-word patterns, each side a list of words: `["too", "busy much"]` is "too busy" or "too much". */
export type Pairs = readonly (readonly [ReadonlySet<string>, ReadonlySet<string>])[];
export const pairs = (list: [string, string][]): Pairs => list.map(([a, b]) => [wordSet(a), wordSet(b)] as const);
export const isPair = (table: Pairs, a: string, b: string): boolean =>
  table.some(([first, second]) => first.has(a) && second.has(b));

/** Negations; ask-object.ts also looks for one just before a verb ("not forwarding"). */
export const NOT_WORDS = "not n't without never no";
/** Words a topic starts with: "about …", "how you …". One list for readObject and its objHead tag. */
export const TOPIC_WORDS = "about on regarding around how what whether why which where when";

/**
 * Tags of words as spelt, never inflected: each marks the words a loop of ask-object.ts can act on, so that
 * it passes every other word on one bit test instead of a dozen word comparisons.
 */
const EXACT: [number, string][] = [
  [
    T.jobHead,
    "refer referring recommend recommending vouch endorse referral referrals referred put word good hiring consider considered keep hire hear know join joining part work working spot land get find interview take taking bring bringing fit kept shortlist shortlisted open foot shot anything something host putting",
  ],
  [
    T.kindHead,
    "reference recommendation recommendations spend tag mentor mentorship mentoring touch connect know point",
  ],
  [T.about, "how what which whether why when for about in on"],
  [T.not, NOT_WORDS],
  [T.objHead, `${TOPIC_WORDS} in every an one a`],
];

const LEXICON = new Map<string, number>();
for (const [tag, words] of LISTS) for (const w of words.split(" ")) LEXICON.set(w, (LEXICON.get(w) ?? 0) | tag);
const SPELT = new Map<string, number>();
for (const [tag, words] of EXACT) for (const w of words.split(" ")) SPELT.set(w, (SPELT.get(w) ?? 0) | tag);

/** Words already looked up, known or not: most words of a message are in no list, and recur. */
const SEEN = new Map<string, number>();
const SEEN_MAX = 20_000;

const startsWithDigit = (w: string): boolean => {
  const c = w.charCodeAt(0);
  return c >= 48 && c <= 57;
};

/** Tags of a word, trying it as written and then without a common ending. */
export function tagsOf(w: string): number {
  const seen = SEEN.get(w);
  if (seen !== undefined) return seen;
  const tags =
    (LEXICON.get(w) ?? inflectedTags(w)) |
    (NUMBERS.has(w) || startsWithDigit(w) ? T.num : 0) |
    (SPELT.get(w) ?? 0) |
    (w.endsWith("n't") ? T.not : 0);
  if (SEEN.size >= SEEN_MAX) SEEN.clear();
  SEEN.set(w, tags);
  return tags;
}

function inflectedTags(w: string): number {
  const n = w.length;
  if (n < 4) return 0;
  const last = w.charCodeAt(n - 1);
  if (last === 115 /* s */) {
    const t =
      LEXICON.get(w.slice(0, -1)) ??
      (w.endsWith("ies") ? LEXICON.get(w.slice(0, -3) + "y") : undefined) ??
      (w.endsWith("es") ? LEXICON.get(w.slice(0, -2)) : undefined);
    if (t !== undefined) return t;
  }
  if (w.endsWith("ing") && n > 5) return stemTags(w.slice(0, -3));
  if (w.endsWith("ed") && n > 4) return stemTags(w.slice(0, -2)) || (LEXICON.get(w.slice(0, -1)) ?? 0);
  if (w.endsWith("ly") && n > 5) return LEXICON.get(w.slice(0, -2)) ?? 0;
  return 0;
}

/** "introduc" → "introduce", "referr" → "refer", "shap" → "shape". */
function stemTags(stem: string): number {
  const t = LEXICON.get(stem) ?? LEXICON.get(stem + "e");
  if (t !== undefined) return t;
  const n = stem.length;
  if (n > 2 && stem.charCodeAt(n - 1) === stem.charCodeAt(n - 2)) return LEXICON.get(stem.slice(0, -1)) ?? 0;
  return 0;
}

// A Map, not an object: "constructor" is a word too.
const NUMBERS = new Map<string, number>(
  Object.entries({
    one: 1,
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
    fifteen: 15,
    twenty: 20,
    thirty: 30,
    forty: 40,
    "forty-five": 45,
    fifty: 50,
    sixty: 60,
    ninety: 90,
    couple: 2,
    few: 3,
    several: 4,
    single: 1,
    half: 0.5,
  }),
);

/** The number a word says: "15", "fifteen", "couple" (2), "few" (3); NaN when it says none. */
export function numberOf(w: string): number {
  // A word that starts with a digit always parses: "15" is 15, "2nd" is 2.
  return startsWithDigit(w) ? Number.parseInt(w, 10) : (NUMBERS.get(w) ?? Number.NaN);
}
