import { IMPERATIVES, isPair, oneOf, pairs, T, tagsOf, wordSet } from "./lexicon";

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

// Word lists are space-separated strings split once (lexicon.ts): the lint bundle stays small.
const PRONOUN = wordSet("you i we");
const SUBJECT = wordSet("i we");
/** Words passed over between "would be" / "I'd" and what is wished for: "I'd be so very grateful". */
const ADVERB = wordSet(
  "really so truly greatly very also just much absolutely genuinely sincerely be incredibly especially certainly definitely still deeply hugely forever most more than happy",
);
const OPENERS = wordSet(
  "please so and also kindly just but or then ps p s maybe perhaps if possible otherwise alternatively even ideally honestly finally lastly oh",
);
const WH = wordSet("how what why when where which who whom how's what's");
const AUX = wordSet("are is do does did have has was were any would could can will may might should shall know");
const GOOD = wordSet(
  "great helpful wonderful amazing fantastic appreciated invaluable incredible incredibly lovely nice huge awesome perfect ideal valuable useful brilliant fabulous terrific excellent mean welcome plenty enough gold",
);
const SMALL_TALK = wordSet(
  "going doing been week weekend family kids holiday holidays vacation trip summer winter baby things everything life well new keeping treating settling enjoying conference today year",
);
const TO_READER = wordSet("you your you've you'd yours");
/** "Is the certification worth the cost?": a judgement the reader is asked for, though it names no "you". */
const JUDGED = wordSet("worth worthwhile necessary required realistic enough better useful helpful common normal");
const ANY_WELCOME = wordSet("helps help welcome appreciated would will is much gratefully");
const OFFER_START = wordSet("would could can may shall do i'd i we'd");
/** Words that can be the subject of "would": after any other word, "…and would love to connect" dropped its own. */
const HAS_SUBJECT = wordSet("i we you they he she it who that which people someone anyone everyone this what there");
const AUX_MODAL = wordSet("will would might could can may");
const WOULD_BE = wordSet("i'd be we'd would");

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
/** What can follow "love to", "hoping to", "we should": "…hoping to ask you" asks, "…hoping to make the move" plans. */
const ASK_OR_VERB = ASK_WORDS | T.imperative;

/** "No worries", "If that's too much, I completely understand": word pairs that give the reader a way out. */
const EASY_OUTS = pairs([
  ["no", "worries pressure problem obligation rush"],
  ["rather if", "not"],
  ["completely totally fully absolutely", "understand"],
  ["understand", "if completely totally"],
  ["too", "busy much"],
]);
/** A sentence's first word and the next that make it a question to the reader: "Are you open to…". */
const LEAD_QUESTIONS = pairs([
  ["are were do did", "you"],
  ["is", "there your it anyone"],
  ["any", "chance"],
  ["how what", "about"],
  ["mind", "if"],
  // "Should I email the committee?": their advice, asked as a yes or no.
  ["should", "i we"],
]);
/** "Two questions: did you do the MSc?", "…but is your team hiring?", "…wanted to ask: did your team's test use…?" */
const INNER_QUESTIONS = pairs([
  ["did do have would could are", "you"],
  ["is are did do does", "your there"],
]);

const at = (s: Words, i: number): string => s.w[i] ?? "";
/** "…twenty minutes of your time": "of your time" within the next few words. */
const ofYourTime = (s: Words, from: number): boolean => {
  for (let j = from; j < from + 5; j++)
    if (at(s, j) === "of" && at(s, j + 1) === "your" && at(s, j + 2) === "time") return true;
  return false;
};
const isAny = (s: Words, i: number, set: ReadonlySet<string>) => set.has(at(s, i));
const request = (form: AskForm, i: number, objectBefore = false): RequestAt => ({ form, at: i, objectBefore });

/** The first word at or after `j` that is not an adverb: "I'd be so very grateful" → "grateful". */
function pastAdverbs(s: Words, j: number): number {
  while (j < s.w.length && isAny(s, j, ADVERB)) j++;
  return j;
}

/** "Let me know if you have any questions", "hope you're well": closing words that ask nothing. */
function pleasantry(s: Words, i: number): boolean {
  if (at(s, i) !== "let" || !oneOf(at(s, i + 1), "me us") || at(s, i + 2) !== "know") return false;
  const rest = s.w.slice(i + 3, i + 9);
  // "…if I can help", "…if you have any questions", "…if there's anything I can do": offers, not asks.
  return (
    (rest[0] === "if" && oneOf(rest[1] ?? "", "i we")) ||
    (rest.includes("questions") && !rest.includes("answer")) ||
    (rest.includes("anything") && (rest.includes("i") || rest.includes("we")))
  );
}

/**
 * "Happy to send my résumé if anything fits on your team", "I'd be glad to forward my CV if something opens
 * up": an offer of the sender's résumé, made on condition of an opening, which asks to be considered for it.
 */
function resumeIfAnything(s: Words, i: number): boolean {
  let k = i;
  while (k < i + 3 && !oneOf(at(s, k), "happy glad")) k++;
  if (at(s, k + 1) !== "to" || !oneOf(at(s, k + 2), "send share forward")) return false;
  let doc = false;
  for (let j = k + 3; j < s.w.length; j++) {
    if ((s.tags[j] as number) & T.doc && at(s, j - 1) === "my") doc = true;
    else if (doc && at(s, j) === "if" && oneOf(at(s, j + 1), "anything something")) return true;
  }
  return false;
}

/** "…next Tuesday or Wednesday work (for you)?": the proposal's verb within a few words of its modal. */
function proposalWorks(s: Words, from: number): boolean {
  for (let j = from + 1; j < Math.min(s.w.length, from + 9); j++) {
    const w = at(s, j);
    if (oneOf(w, "work suit"))
      return j === s.w.length - 1 || (oneOf(at(s, j + 1), "for with") && isAny(s, j + 2, PRONOUN));
    if (PRONOUN.has(w)) return false;
  }
  return false;
}

/** An offer ("I'd be happy to share…", "Would you like me to send…") is kind, and asks nothing. */
function offer(s: Words, i: number): boolean {
  const rest = s.w.slice(i, i + 8).join(" ");
  // "Could I send you my notes?" offers; "Could I send you three quick questions?" and "Could I send you my
  // résumé?" ask: to answer them, to read it.
  return /^(?:would|could|can|may|shall) (?:i|we) (?:help|return|offer|send you(?! (?:\S+ ){0,3}(?:questions?\b|r[eé]sum[eé]|cv\b|portfolio\b))|share (?:my|some|a few))\b|^(?:would|do) you (?:like|want) (?:me|us) to\b|^(?:i'd|i would|we'd) (?:be )?(?:happy|glad|more than happy)\b(?! to be (?:kept|considered|included|added)\b)|^(?:i'd|i would) (?:like|love) to (?:introduce myself|share|offer|return|thank|say|tell you|help|give back)\b/.test(
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
  if (found && (!s.q || oneOf(at(s, found.at), "let please")) && easyOut(s)) return null;
  return found;
}

function easyOut(s: Words): boolean {
  for (let i = 0; i < s.w.length; i++) if (isPair(EASY_OUTS, s.w[i] as string, at(s, i + 1))) return true;
  return false;
}

function firstRequest(s: Words): RequestAt | null {
  const n = s.w.length;
  let lead = 0;
  while (lead < n - 1 && isAny(s, lead, OPENERS) && !(at(s, lead) === "if" && isAny(s, lead + 1, PRONOUN))) lead++;
  const first = at(s, lead);
  const thanks = oneOf(first, "thank thanks many") || at(s, 0) === "thanks";
  const q = s.q ? "question" : "indirect";
  // "In your experience, do hospital systems hire from outside?": a question put to what the reader knows.
  if (s.q && oneOf(at(s, 0), "in from") && at(s, 1) === "your" && oneOf(at(s, 2), "experience view opinion"))
    return request("question", 3);

  for (let i = 0; i < n; i++) {
    const tag = s.tags[i] as number;
    // Every form below starts with one of these words; the rest of the sentence is passed over.
    if (!(tag & T.trigger)) continue;
    const a = s.w[i] as string;
    const b = at(s, i + 1);
    const c = at(s, i + 2);
    const before = at(s, i - 1);
    if (
      (a === "let" && pleasantry(s, i)) ||
      (OFFER_START.has(a) && oneOf(b, "i we you be like love happy glad more") && offer(s, i))
    )
      return resumeIfAnything(s, i) ? request("indirect", i) : null;
    if (oneOf(a, "happy glad") && resumeIfAnything(s, i)) return request("indirect", i);
    // "Would a 15-minute call next Tuesday work?", "Would either day suit you?": a proposal put as a question.
    if (tag & T.modal && s.q && !PRONOUN.has(b) && !oneOf(b, "it that there") && proposalWorks(s, i + 2))
      return request(q, i);

    if (tag & T.modal) {
      // "Could you…", "Would it be possible…", "May I ask…" — a modal before its subject.
      if (PRONOUN.has(b) && !PRONOUN.has(before) && !(b === "we" && before === "how")) {
        if (b === "i" && oneOf(c, "help offer")) return null;
        return request(q, i);
      }
      if (oneOf(b, "it that there") && c === "be" && (s.q || GOOD.has(at(s, i + 3)) || at(s, i + 3) === "possible"))
        return request(q, i, true);
      // Subject dropped, as notes are written: "Would love to connect", "Would appreciate your view".
      if (a === "would" && tagsOf(b) & T.wish && at(s, i + 3) !== "the" && (i === lead || !HAS_SUBJECT.has(before)))
        return request("indirect", i);
      // "…would be great", "…would mean a lot", "…would be much appreciated": the ask stands before.
      if (a === "would" && oneOf(b, "be mean") && !PRONOUN.has(before)) {
        const j = pastAdverbs(s, i + 2);
        if (b === "mean" || GOOD.has(at(s, j)) || at(s, j) === "a") return request("indirect", i, true);
      }
    }
    // "Would he be up for a call?", "Could she be open to it?": asking the recipient to ask someone else.
    if (tag & T.modal && s.q && oneOf(b, "he she they") && c === "be" && oneOf(at(s, i + 3), "up open willing able"))
      return request(q, i);
    // "…same move — want to get coffee sometime?", "wanna grab lunch?": a question with its "do you" dropped.
    if (
      s.q &&
      !HAS_SUBJECT.has(before) &&
      before !== "do" &&
      ((a === "want" && b === "to" && (tagsOf(c) & ASK_OR_VERB || tagsOf(at(s, i + 3)) & ASK_WORDS)) ||
        (a === "wanna" && (tagsOf(b) & ASK_OR_VERB || tagsOf(c) & ASK_WORDS)))
    )
      return request(q, i);
    // "I'd love to…", "I would really appreciate…", "I'd be so grateful…", "We'd welcome…"
    if ((oneOf(a, "i'd we'd") || (SUBJECT.has(a) && b === "would")) && !thanks) {
      const wish = at(s, pastAdverbs(s, oneOf(a, "i'd we'd") ? i + 1 : i + 2));
      if (tagsOf(wish) & T.wish || oneOf(wish, "interested keen")) return request("indirect", i);
    }
    if (a === "love" && b === "to" && i === lead && tagsOf(c) & ASK_OR_VERB) return request("indirect", i);
    // "I was hoping you could…", "I wondered if you might…", "I'm wondering whether…"
    // "…hoping to make the same move" is a plan; "…hoping to ask you" is a request.
    if (
      oneOf(a, "hoping wondering wondered wonder") &&
      !thanks &&
      // "…the kind of path I'm hoping for." ends a wish, and asks nothing.
      (oneOf(b, "you if whether that we") ||
        (b === "for" && c !== "") ||
        // "I'm hoping someone who made the move could tell me…", "I kept wondering after our talk whether…"
        (a === "hoping" && b === "someone") ||
        (a !== "hoping" && wonderedWhether(s, i + 1)) ||
        (b === "to" && tagsOf(c) & ASK_OR_VERB && !(c === "hear" && oneOf(at(s, i + 3), "back from"))) ||
        // "I'm hoping to steal twenty minutes of your time…", "hoping to get fifteen minutes of your time".
        (b === "to" && oneOf(c, "steal borrow get grab have") && ofYourTime(s, i + 3)) ||
        (b === "i" && AUX_MODAL.has(c)))
    )
      return request("indirect", i);
    // "I hope you'll consider…", "I hope you might be open to…" — not "I hope you're well".
    if (
      a === "hope" &&
      (b === "you'll" ||
        (oneOf(b, "you that") && AUX_MODAL.has(c)) ||
        // "Hope we can grab lunch sometime!" proposes it; "hope we can stay in touch" asks nothing in particular.
        (b === "we" && AUX_MODAL.has(c) && (tagsOf(at(s, i + 3)) | tagsOf(at(s, i + 4))) & ASK_WORDS) ||
        (b === "that" && c === "you" && isAny(s, i + 3, AUX_MODAL)) ||
        (b === "to" && tagsOf(c) & ASK_OR_VERB && !seeYouThere(s, i + 2)))
    )
      return request("indirect", i);
    // "I'd be grateful for…" asks; "I'm so grateful for your help" thanks.
    if (
      oneOf(a, "grateful appreciate appreciative") &&
      // "I'd be grateful to get your perspective…" asks as much as "…grateful for".
      (oneOf(b, "if for any your") || (b === "" && a === "grateful") || (b === "to" && a === "grateful")) &&
      !thanks &&
      WOULD_BE.has(oneOf(before, "so really very") ? at(s, i - 2) : before)
    )
      return request("indirect", i);
    // "I just want to hear your thoughts", "I wanted to get your take on…": a wish put plainly.
    if (
      oneOf(a, "want wanted") &&
      (before === "i" || (oneOf(before, "just really") && at(s, i - 2) === "i")) &&
      b === "to" &&
      oneOf(c, "hear get know") &&
      oneOf(at(s, i + 3), "your what how whether if")
    )
      return request("indirect", i);
    // "I have three short questions about how you made the shift: …", "…and have two questions about S&OP".
    if (a === "have" && (before === "i" || before === "and" || i === lead) && announcesQuestions(s, i + 1))
      return request("indirect", before === "i" ? i - 1 : i);
    // "I'd be glad to be kept in mind", "I'd love to be considered": asking to be thought of.
    if (a === "be" && oneOf(b, "kept considered") && i > 0) return request("indirect", i);
    // "Let me know if you'd be open to…", "Let me know what works".
    if ((a === "let" && oneOf(b, "me us") && c === "know") || a === "lmk") return request("indirect", i);
    if (a === "let's" && i === lead) return request("imperative", i);
    // "We should grab coffee", "we could hop on a call": a proposal is a request.
    if (a === "we" && oneOf(b, "should could must") && tagsOf(c) & ASK_OR_VERB) return request(q, i);
    // "What I'm really looking for is someone who could mentor me", "I'm looking for an introduction".
    if (
      oneOf(a, "looking searching") &&
      b === "for" &&
      // "I'm not looking for a job from you" says what the message is not.
      before !== "not" &&
      (tagsOf(c) & (ASK_WORDS | T.generic) ||
        (oneOf(c, "someone a an") && tagsOf(at(s, i + 3)) & ASK_WORDS) ||
        (a === "looking" && c === "someone"))
    )
      return request("indirect", i);
    // "Need your guidance on…", "I need your help with…", "I need a favour" — not "I need a real project".
    if (
      a === "need" &&
      (i === lead || before === "i") &&
      (oneOf(b, "your you some help") || (b === "a" && (tagsOf(c) & ASK_WORDS || oneOf(c, "favor favour hand"))))
    )
      return request("indirect", i);
    // "Feel free to say no" is a way out, and the request may still follow: "…to either: would you be…?"
    if (a === "feel" && b === "free" && c === "to") {
      if (oneOf(at(s, i + 3), "ignore decline say pass skip")) continue;
      return request("indirect", i);
    }
    // "If you're open to it…", "If you have fifteen minutes…", "If you could pass my CV along…"
    if (
      a === "if" &&
      ((b === "you" && oneOf(c === "ever" ? at(s, i + 3) : c, "could would can might have had know hear")) ||
        (oneOf(b, "you're you'd") && oneOf(c, "open willing up able be")))
    )
      return request("indirect", i);
    // "I'm writing to ask…", "I wanted to see if you…", "what I'm trying to ask is whether you'd…"
    if (
      oneOf(a, "ask see request inquire check") &&
      before === "to" &&
      // "…he'd be a great person to ask about it" describes someone else to ask.
      !oneOf(at(s, i - 2), "person one someone people contact expert guy") &&
      !seeYouThere(s, i) &&
      (oneOf(b, "if whether you for about") || a === "request" || (b === "is" && oneOf(c, "if whether")))
    )
      return request("indirect", i);
    if (oneOf(a, "please pls plz") && tagsOf(b) & T.imperative) return request("imperative", i);
    // "Two questions about your switch, ok to ask here?": the ask stands before.
    if (s.q && oneOf(a, "ok okay alright") && b === "to" && oneOf(c, "ask send message"))
      return request("question", i, true);
    // "Are you open to…", "Do you have ten minutes…", "Is there any chance…", "Any chance you…"
    if (i === lead && s.q && isPair(LEAD_QUESTIONS, a, b)) return request("question", i);
    // "Mind flagging my application?": "would you" dropped before "mind".
    if (i === lead && s.q && a === "mind" && b.endsWith("ing")) return request("question", i);
    if (a === "any" && b === "chance") return request(q, i);
    // "Any openings on your team?", "Hi Ana, any tips for a first portfolio?" — a clipped question.
    if (a === "any" && s.q && tagsOf(b) & ASK_WORDS) return request("question", i);
    // "Any advice helps.", "Any pointers welcome." — a request without a question.
    if (
      i === lead &&
      a === "any" &&
      tagsOf(b) & (T.advice | T.feedback) &&
      (ANY_WELCOME.has(c) || isAny(s, i + 3, ANY_WELCOME))
    )
      return request("indirect", i);
  }

  // "Open to a quick chat?", "Free for a call next week?", "Up for coffee?": the question with its start left off.
  if (s.q && oneOf(first, "open free up available keen interested game") && oneOf(at(s, lead + 1), "to for in"))
    return request("question", lead);

  // "Send me the link", "Tell me how you did it", "Pass my CV along": a sentence opening with a verb.
  // The verb as written, not inflected: "Sending love", "Shared it with my class" tell, they do not ask.
  const leadTags = s.tags[lead] ?? 0;
  if (
    leadTags & T.imperative &&
    oneOf(first, IMPERATIVES) &&
    !(first === "let" && at(s, lead + 1) !== "me") &&
    !imperativeIdiom(s, lead)
  )
    return request("imperative", lead);

  // A question to the reader: "How did you move into research?", "Is a bootcamp worth it?"
  if (s.q && !thanks) {
    const wh = WH.has(first);
    const yesNo = AUX.has(first) || askedInside(s);
    const toReader = s.w.some((w) => TO_READER.has(w)) || (yesNo && s.w.some((w) => JUDGED.has(w)));
    if ((wh || yesNo) && (toReader || wh) && !smallTalk(s)) return request("question", lead);
  }
  return null;
}

/** "…whether", "…if you" a few words on: "I kept wondering after our talk whether you'd…". */
function wonderedWhether(s: Words, from: number): boolean {
  for (let j = from + 1; j < from + 5; j++)
    if (oneOf(at(s, j), "whether if") && (PRONOUN.has(at(s, j + 1)) || at(s, j + 1).startsWith("you"))) return true;
  return false;
}

/** "two questions", "a few quick questions", "a couple of short questions", "one question for you". */
function announcesQuestions(s: Words, from: number): boolean {
  let i = from;
  if (!(tagsOf(at(s, i)) & T.num) && at(s, i) !== "a") return false;
  while (i < from + 4 && (tagsOf(at(s, i)) & (T.num | T.small) || oneOf(at(s, i), "a of"))) i++;
  return oneOf(at(s, i), "question questions");
}

/** "I hope to see you at the next breakfast", "…to run into you there": a pleasantry about meeting again. */
function seeYouThere(s: Words, i: number): boolean {
  const a = at(s, i);
  return (a === "see" && at(s, i + 1) === "you") || (oneOf(a, "run bump") && at(s, i + 1) === "into");
}

/** "Keep up the good work", "Take care", "Let me introduce myself", "Find attached…": verbs that ask nothing. */
function imperativeIdiom(s: Words, i: number): boolean {
  const b = at(s, i + 1);
  switch (at(s, i)) {
    case "keep": // "Keep me posted" asks.
      return b !== "me";
    case "take":
      return b === "care";
    case "let":
      return b === "me" && at(s, i + 2) !== "know";
    case "feel":
      return b !== "free";
    case "find":
      return oneOf(b, "attached my below");
    case "put":
      return !oneOf(b, "me my in");
    case "give":
      return b !== "me";
  }
  return false;
}

/** "Two questions: did you do the MSc?" — the question to the reader starts after a lead-in. */
function askedInside(s: Words): boolean {
  for (let i = 1; i < s.w.length - 1; i++)
    if (isPair(INNER_QUESTIONS, s.w[i] as string, s.w[i + 1] as string) && !HAS_SUBJECT.has(s.w[i - 1] as string))
      return true;
  return false;
}

/** "How are you?", "How was the conference?", "Are you still in Denver?": a question, not an ask. */
function smallTalk(s: Words): boolean {
  if (s.w.length > 9) return false;
  // "How are you finding the new role?", "How's the new job going?": asked after their news, not for a job.
  const w0 = s.w[0] ?? "";
  if (w0 === "how" && s.w[1] === "are" && s.w[2] === "you" && oneOf(s.w[3] ?? "", "finding liking enjoying settling"))
    return true;
  if ((w0 === "how's" || (w0 === "how" && s.w[1] === "is")) && s.w.includes("new")) return true;
  let askWords = false;
  let talk = false;
  for (let i = 0; i < s.w.length; i++) {
    if ((s.tags[i] as number) & ASK_WORDS && !oneOf(s.w[i] as string, "help experience")) askWords = true;
    if (SMALL_TALK.has(s.w[i] as string)) talk = true;
  }
  if (askWords) return false;
  const first = s.w[0] ?? "";
  return talk || (oneOf(first, "how how's") && s.w.length <= 5) || (first === "are" && s.w[2] === "still");
}
