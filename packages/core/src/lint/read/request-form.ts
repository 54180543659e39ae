import { T, tagsOf } from "./lexicon";

/** How a request is put: a direct question, an indirect one ("I'd love to…"), or an imperative. */
export type AskForm = "question" | "indirect" | "imperative";

export interface Words {
  w: string[];
  tags: number[];
  /** The sentence ends with a question mark. */
  q: boolean;
}

export interface RequestAt {
  form: AskForm;
  /** Index of the word where the request starts; the object of the ask is looked for from here. */
  at: number;
  /** The object may come before the request words: "A referral would be amazing." */
  objectBefore: boolean;
}

const PRONOUN = new Set(["you", "i", "we"]);
const SUBJECT = new Set(["i", "we"]);
const ADVERB = new Set([
  "really",
  "so",
  "truly",
  "greatly",
  "very",
  "also",
  "just",
  "much",
  "absolutely",
  "genuinely",
  "sincerely",
  "be",
  "incredibly",
  "especially",
  "certainly",
  "definitely",
  "still",
  "deeply",
  "hugely",
  "forever",
  "most",
  "more",
  "than",
  "happy",
  "to",
]);
const OPENERS = new Set([
  "please",
  "so",
  "and",
  "also",
  "kindly",
  "just",
  "but",
  "or",
  "then",
  "ps",
  "p",
  "s",
  "maybe",
  "perhaps",
  "if",
  "possible",
  "otherwise",
  "alternatively",
  "even",
  "ideally",
  "honestly",
  "finally",
  "lastly",
  "oh",
]);
const WH = new Set(["how", "what", "why", "when", "where", "which", "who", "whom", "how's", "what's"]);
const AUX = new Set([
  "are",
  "is",
  "do",
  "does",
  "did",
  "have",
  "has",
  "was",
  "were",
  "any",
  "would",
  "could",
  "can",
  "will",
  "may",
  "might",
  "should",
  "shall",
  "know",
]);
const GOOD = new Set([
  "great",
  "helpful",
  "wonderful",
  "amazing",
  "fantastic",
  "appreciated",
  "invaluable",
  "incredible",
  "incredibly",
  "lovely",
  "nice",
  "huge",
  "awesome",
  "perfect",
  "ideal",
  "valuable",
  "useful",
  "brilliant",
  "fabulous",
  "terrific",
  "excellent",
  "mean",
  "welcome",
  "plenty",
  "enough",
  "gold",
]);
const SMALL_TALK = new Set([
  "going",
  "doing",
  "been",
  "week",
  "weekend",
  "family",
  "kids",
  "holiday",
  "holidays",
  "vacation",
  "trip",
  "summer",
  "winter",
  "baby",
  "things",
  "everything",
  "life",
  "well",
  "new",
  "keeping",
  "treating",
  "settling",
  "enjoying",
  "conference",
  "today",
  "year",
]);
/** Kinds of ask a word can name; a short question with none of them is small talk. */
const ASK_WORDS =
  T.connect |
  T.question |
  T.call |
  T.coffee |
  T.meet |
  T.advice |
  T.feedback |
  T.review |
  T.doc |
  T.intro |
  T.refer |
  T.reference |
  T.job |
  T.shadow |
  T.mentor |
  T.collab;

const at = (s: Words, i: number): string => s.w[i] ?? "";
const isAny = (s: Words, i: number, set: ReadonlySet<string>) => set.has(at(s, i));

/** "Let me know if you have any questions", "hope you're well": closing words that ask nothing. */
function pleasantry(s: Words, i: number): boolean {
  const a = at(s, i);
  const b = at(s, i + 1);
  const c = at(s, i + 2);
  if (a === "let" && (b === "me" || b === "us") && c === "know") {
    const rest = s.w.slice(i + 3, i + 9);
    // "…if I can help", "…if you have any questions", "…if there's anything I can do": offers, not asks.
    if (rest[0] === "if" && (rest[1] === "i" || rest[1] === "we")) return true;
    if (rest.includes("questions") && !rest.includes("answer")) return true;
    if (rest.includes("anything") && (rest.includes("i") || rest.includes("we"))) return true;
    return false;
  }
  return false;
}

/** An offer ("I'd be happy to share…", "Would you like me to send…") is kind, and asks nothing. */
function offer(s: Words, i: number): boolean {
  const rest = s.w.slice(i, i + 6).join(" ");
  return /^(?:would|could|can|may|shall) (?:i|we) (?:help|return|offer|send you|share (?:my|some|a few))\b|^(?:would|do) you (?:like|want) (?:me|us) to\b|^(?:i'd|i would|we'd) (?:be )?(?:happy|glad|more than happy)\b|^(?:i'd|i would) (?:like|love) to (?:introduce myself|share|offer|return|thank|say|tell you|help|give back)\b/.test(
    rest,
  );
}

/** The first request in a sentence, or null when the sentence asks nothing of the reader. */
export function requestIn(s: Words): RequestAt | null {
  const n = s.w.length;
  if (n === 0) return null;
  let found = firstRequest(s);
  // A sentence that ends in "?" puts its request as a question, whatever words it starts with.
  if (found && s.q && found.form === "indirect") found = { ...found, form: "question" };
  // "Let me know if you'd rather not", "If that's too much, I completely understand": a way out, not an ask.
  if (found && (!s.q || at(s, found.at) === "let" || at(s, found.at) === "please") && easyOut(s)) return null;
  return found;
}

function easyOut(s: Words): boolean {
  for (let i = 0; i < s.w.length; i++) {
    const a = s.w[i] as string;
    const b = at(s, i + 1);
    if (
      (a === "no" && (b === "worries" || b === "pressure" || b === "problem" || b === "obligation" || b === "rush")) ||
      (a === "rather" && b === "not")
    )
      return true;
    if ((a === "completely" || a === "totally" || a === "fully" || a === "absolutely") && b === "understand")
      return true;
    if (a === "understand" && (b === "if" || b === "completely" || b === "totally")) return true;
    if ((a === "too" && (b === "busy" || b === "much")) || (a === "if" && b === "not")) return true;
  }
  return false;
}

function firstRequest(s: Words): RequestAt | null {
  const n = s.w.length;
  let lead = 0;
  while (lead < n - 1 && isAny(s, lead, OPENERS) && !(at(s, lead) === "if" && isAny(s, lead + 1, PRONOUN))) lead++;
  const first = at(s, lead);
  const thanks = first === "thank" || first === "thanks" || first === "many" || at(s, 0) === "thanks";
  const q = s.q ? "question" : "indirect";

  for (let i = 0; i < n; i++) {
    const tag = s.tags[i] as number;
    // Every form below starts with one of these words; the rest of the sentence is passed over.
    if (!(tag & T.trigger)) continue;
    const a = s.w[i] as string;
    const b = at(s, i + 1);
    if (
      (a === "let" && pleasantry(s, i)) ||
      (OFFER_START.has(a) &&
        (b === "i" ||
          b === "we" ||
          b === "you" ||
          b === "be" ||
          b === "like" ||
          b === "love" ||
          b === "happy" ||
          b === "glad" ||
          b === "more") &&
        offer(s, i))
    )
      return null;

    if (tag & T.modal) {
      // "Could you…", "Would it be possible…", "May I ask…" — a modal before its subject.
      if (
        PRONOUN.has(b) &&
        !SUBJECT.has(at(s, i - 1)) &&
        at(s, i - 1) !== "you" &&
        !(b === "we" && at(s, i - 1) === "how")
      ) {
        if (b === "i" && (at(s, i + 2) === "help" || at(s, i + 2) === "offer")) return null;
        return { form: q, at: i, objectBefore: false };
      }
      if (b === "it" || b === "that" || b === "there") {
        if (at(s, i + 2) === "be" && (s.q || GOOD.has(at(s, i + 3)) || at(s, i + 3) === "possible"))
          return { form: q, at: i, objectBefore: true };
      }
      // Subject dropped, as notes are written: "Would love to connect", "Would appreciate your view".
      if (
        a === "would" &&
        tagsOf(b) & T.wish &&
        at(s, i + 3) !== "the" &&
        (i === lead || !HAS_SUBJECT.has(at(s, i - 1)))
      )
        return { form: "indirect", at: i, objectBefore: false };
      // "…would be great", "…would mean a lot", "…would be much appreciated": the ask stands before.
      if (a === "would" && (b === "be" || b === "mean") && !SUBJECT.has(at(s, i - 1)) && at(s, i - 1) !== "you") {
        let j = i + 2;
        while (j < n && ADVERB.has(at(s, j)) && at(s, j) !== "to") j++;
        if (b === "mean" || GOOD.has(at(s, j)) || at(s, j) === "a")
          return { form: "indirect", at: i, objectBefore: true };
      }
    }
    // "I'd love to…", "I would really appreciate…", "I'd be so grateful…", "We'd welcome…"
    if ((a === "i'd" || a === "we'd" || (SUBJECT.has(a) && b === "would")) && !thanks) {
      let j = a === "i'd" || a === "we'd" ? i + 1 : i + 2;
      while (j < n && ADVERB.has(at(s, j)) && at(s, j) !== "to") j++;
      if (tagsOf(at(s, j)) & T.wish || at(s, j) === "interested" || at(s, j) === "keen")
        return { form: "indirect", at: i, objectBefore: false };
    }
    if (a === "love" && b === "to" && i === lead && tagsOf(at(s, i + 2)) & (ASK_WORDS | T.imperative))
      return { form: "indirect", at: i, objectBefore: false };
    // "I was hoping you could…", "I wondered if you might…", "I'm wondering whether…"
    if ((a === "hoping" || a === "wondering" || a === "wondered" || a === "wonder") && !thanks) {
      // "…hoping to make the same move" is a plan; "…hoping to ask you" is a request.
      const to = b === "to" && tagsOf(at(s, i + 2)) & (ASK_WORDS | T.imperative);
      if (
        b === "you" ||
        to ||
        b === "if" ||
        b === "whether" ||
        b === "that" ||
        b === "we" ||
        b === "for" ||
        (b === "i" && isAny(s, i + 2, AUX_MODAL))
      )
        return { form: "indirect", at: i, objectBefore: false };
    }
    // "I hope you'll consider…", "I hope you might be open to…" — not "I hope you're well".
    if (
      a === "hope" &&
      (b === "you'll" ||
        ((b === "you" || b === "that") && isAny(s, i + 2, AUX_MODAL)) ||
        (b === "that" && at(s, i + 2) === "you" && isAny(s, i + 3, AUX_MODAL)) ||
        (b === "to" && tagsOf(at(s, i + 2)) & (ASK_WORDS | T.imperative)))
    ) {
      return { form: "indirect", at: i, objectBefore: false };
    }
    // "I'd be grateful for…" asks; "I'm so grateful for your help" thanks.
    if (
      (a === "grateful" || a === "appreciate" || a === "appreciative") &&
      (b === "if" || b === "for" || b === "any" || b === "your") &&
      !thanks &&
      WOULD_BE.has(
        at(s, i - 1) === "so" || at(s, i - 1) === "really" || at(s, i - 1) === "very" ? at(s, i - 2) : at(s, i - 1),
      )
    ) {
      return { form: "indirect", at: i, objectBefore: false };
    }
    // "Let me know if you'd be open to…", "Let me know what works".
    if (a === "let" && (b === "me" || b === "us") && at(s, i + 2) === "know")
      return { form: "indirect", at: i, objectBefore: false };
    if (a === "let's" && i === lead) return { form: "imperative", at: i, objectBefore: false };
    // "We should grab coffee", "we could hop on a call": a proposal is a request.
    if (
      a === "we" &&
      (b === "should" || b === "could" || b === "must") &&
      tagsOf(at(s, i + 2)) & (ASK_WORDS | T.imperative)
    )
      return { form: s.q ? "question" : "indirect", at: i, objectBefore: false };
    // "What I'm really looking for is someone who could mentor me", "I'm looking for an introduction".
    if (
      ((a === "looking" || a === "searching") && b === "for" && tagsOf(at(s, i + 2)) & (ASK_WORDS | T.generic)) ||
      ((a === "looking" || a === "searching") &&
        b === "for" &&
        (at(s, i + 2) === "someone" || at(s, i + 2) === "a" || at(s, i + 2) === "an") &&
        tagsOf(at(s, i + 3)) & ASK_WORDS)
    ) {
      return { form: "indirect", at: i, objectBefore: false };
    }
    if (a === "looking" && b === "for" && at(s, i + 2) === "someone")
      return { form: "indirect", at: i, objectBefore: false };
    // "Need your guidance on…", "I need your help with…"
    if (
      a === "need" &&
      (i === lead || at(s, i - 1) === "i") &&
      (b === "your" || b === "you" || b === "some" || b === "a" || b === "help")
    )
      return { form: "indirect", at: i, objectBefore: false };
    if (a === "feel" && b === "free" && at(s, i + 2) === "to") {
      const verb = at(s, i + 3);
      if (verb === "ignore" || verb === "decline" || verb === "say" || verb === "pass" || verb === "skip") return null;
      return { form: "indirect", at: i, objectBefore: false };
    }
    // "If you're open to it…", "If you have fifteen minutes…", "If you could pass my CV along…"
    if (a === "if" && b === "you") {
      const c = at(s, i + 2);
      if (
        c === "could" ||
        c === "would" ||
        c === "can" ||
        c === "might" ||
        c === "have" ||
        c === "had" ||
        c === "know" ||
        c === "hear"
      )
        return { form: "indirect", at: i, objectBefore: false };
    }
    if (
      a === "if" &&
      (b === "you're" || b === "you'd") &&
      (at(s, i + 2) === "open" ||
        at(s, i + 2) === "willing" ||
        at(s, i + 2) === "up" ||
        at(s, i + 2) === "able" ||
        at(s, i + 2) === "be")
    ) {
      return { form: "indirect", at: i, objectBefore: false };
    }
    // "I'm writing to ask…", "I wanted to see if you…", "I'm reaching out in hopes…"
    if (
      (a === "ask" || a === "see" || a === "request" || a === "inquire" || a === "check") &&
      at(s, i - 1) === "to" &&
      (b === "if" || b === "whether" || b === "you" || b === "for" || b === "about" || a === "request")
    ) {
      return { form: "indirect", at: i, objectBefore: false };
    }
    if (a === "please" && tagsOf(b) & T.imperative) return { form: "imperative", at: i, objectBefore: false };
    // "Are you open to…", "Do you have ten minutes…", "Is there any chance…", "Any chance you…"
    if (i === lead && s.q) {
      if ((a === "are" || a === "were") && b === "you") return { form: "question", at: i, objectBefore: false };
      if ((a === "do" || a === "did") && b === "you") return { form: "question", at: i, objectBefore: false };
      if (a === "is" && (b === "there" || b === "your" || b === "it" || b === "anyone"))
        return { form: "question", at: i, objectBefore: false };
      if (a === "any" && b === "chance") return { form: "question", at: i, objectBefore: false };
      if ((a === "how" || a === "what") && b === "about") return { form: "question", at: i, objectBefore: false };
      if (a === "mind" && b === "if") return { form: "question", at: i, objectBefore: false };
    }
    if (a === "any" && b === "chance") return { form: q, at: i, objectBefore: false };
    // "Any openings on your team?", "Hi Ana, any tips for a first portfolio?" — a clipped question.
    if (a === "any" && s.q && tagsOf(b) & ASK_WORDS) return { form: "question", at: i, objectBefore: false };
    // "Any advice helps.", "Any pointers welcome." — a request without a question.
    if (
      i === lead &&
      a === "any" &&
      tagsOf(b) & (T.advice | T.feedback) &&
      (ANY_WELCOME.has(at(s, i + 2)) || ANY_WELCOME.has(at(s, i + 3)))
    )
      return { form: "indirect", at: i, objectBefore: false };
  }

  // "Send me the link", "Tell me how you did it", "Pass my CV along": a sentence opening with a verb.
  const leadTags = s.tags[lead] ?? 0;
  if (leadTags & T.imperative && !(first === "let" && at(s, lead + 1) !== "me") && !imperativeIdiom(s, lead))
    return { form: "imperative", at: lead, objectBefore: false };

  // A question to the reader: "How did you move into research?", "Is a bootcamp worth it?"
  if (s.q && !thanks) {
    const wh = WH.has(first);
    const yesNo = AUX.has(first) || askedInside(s);
    const toReader = s.w.some((w) => w === "you" || w === "your" || w === "you've" || w === "you'd" || w === "yours");
    if ((wh || yesNo) && (toReader || wh) && !smallTalk(s)) return { form: "question", at: lead, objectBefore: false };
  }
  return null;
}

const ANY_WELCOME = new Set(["helps", "help", "welcome", "appreciated", "would", "will", "is", "much", "gratefully"]);
const OFFER_START = new Set(["would", "could", "can", "may", "shall", "do", "i'd", "i", "we'd"]);
/** Words that can be the subject of "would": after any other word, "…and would love to connect" dropped its own. */
const HAS_SUBJECT = new Set([
  "i",
  "we",
  "you",
  "they",
  "he",
  "she",
  "it",
  "who",
  "that",
  "which",
  "people",
  "someone",
  "anyone",
  "everyone",
  "this",
  "what",
  "there",
]);
const AUX_MODAL = new Set(["will", "would", "might", "could", "can", "may"]);
const WOULD_BE = new Set(["i'd", "be", "we'd", "would"]);

/** "Keep up the good work", "Take care", "Let me introduce myself", "Find attached…": verbs that ask nothing. */
function imperativeIdiom(s: Words, i: number): boolean {
  const a = at(s, i);
  const b = at(s, i + 1);
  const c = at(s, i + 2);
  if (a === "keep" && (b === "up" || ((b === "me" && c === "posted") === false && b !== "me"))) return true;
  if (a === "take" && b === "care") return true;
  if (a === "let" && b === "me" && c !== "know") return true;
  if (a === "feel" && b !== "free") return true;
  if (a === "find" && (b === "attached" || b === "my" || b === "below")) return true;
  if (a === "put" && b !== "me" && b !== "my" && b !== "in") return true;
  if (a === "give" && b !== "me") return true;
  if ((a === "share" || a === "tell") && (b === "your" || b === "a")) return false;
  return false;
}

/** "Two questions: did you do the MSc?" — the question to the reader starts after a lead-in. */
function askedInside(s: Words): boolean {
  for (let i = 1; i < s.w.length - 1; i++) {
    const a = s.w[i] as string;
    const b = s.w[i + 1] as string;
    if (
      (a === "did" || a === "do" || a === "have" || a === "would" || a === "could" || a === "are") &&
      b === "you" &&
      !HAS_SUBJECT.has(s.w[i - 1] as string)
    )
      return true;
    if ((a === "is" || a === "are") && (b === "your" || b === "there") && !HAS_SUBJECT.has(s.w[i - 1] as string))
      return true;
  }
  return false;
}

/** "How are you?", "How was the conference?", "Are you still in Denver?": a question, not an ask. */
function smallTalk(s: Words): boolean {
  if (s.w.length > 9) return false;
  let askWords = false;
  let talk = false;
  for (let i = 0; i < s.w.length; i++) {
    if ((s.tags[i] as number) & ASK_WORDS && s.w[i] !== "help" && s.w[i] !== "experience") askWords = true;
    if (SMALL_TALK.has(s.w[i] as string)) talk = true;
  }
  if (askWords) return false;
  const first = s.w[0] ?? "";
  return talk || ((first === "how" || first === "how's") && s.w.length <= 5) || (first === "are" && s.w[2] === "still");
}
