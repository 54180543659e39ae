/**
 * Text tests shared by the ask rules. Kept apart from the message linter's detectors because an ask's
 * `specifics` is a short phrase the user typed into a form, not a whole message.
 */
const GENERIC =
  /\b(let me know if (?:you|there)|anything (?:you can|at all|else|you(?:'re| are) willing)|pick your brain|(?:considered|kept in mind) for anything|any (?:advice|help|guidance|tips|pointers|insights?|thoughts|suggestions|wisdom|words of wisdom)|no specific agenda|whatever (?:you|advice|help|insights?|perspective|thoughts|guidance)|help(?: me)? out|in (?:any|some) way|general (?:advice|chat|help)|touch base|get to know you|just chat|some (?:help|advice|guidance|insights?|pointers|tips)|your (?:help|advice|guidance|insights?|thoughts|wisdom)(?: on my situation)?$|help me (?:figure out|work out|think through|plan) (?:my |the )?next steps?|^(?:(?:are|would) you (?:be )?)?open to (?:a )?chat(?:ting)?$|grab (?:some )?time\b|find (?:some )?time to (?:chat|talk|connect|catch up)|help me$|^what (?:do|would) you think$|^what (?:should|would|do) (?:i|you) do$|help me (?:figure|work|sort|think) (?:this|it|things|everything) (?:out|through)|foot in the door|any ideas|ask around|keep (?:an )?(?:eye|ear) out|spread the word|put (?:out )?(?:some )?feelers|what (?:should i|i should) do(?: first| next| now)?|anything you (?:could|can|have|might)|if you hear of anything(?! (?:at|in|on|with|from) )|in any capacity|keep (?:the|our) conversation going|(?:be|being) a (?:resource|sounding board)\b|on your radar|(?:find a way to )?work together down the line|(?:two cents|thoughts|take|input|advice) on my situation|however (?:works|suits) (?:best )?for you|however you(?:'re| are) able|would you do in my (?:shoes|position|place)|^let me know your thoughts$|(?:a few|some quick) (?:tips|pointers)(?: asap)?$|run (?:my|the|this) situation by you|figure out what(?:'s| is| comes| to do)? next|(?:guidance|advice|help|tips|pointers) (?:on|about|for|with) (?:breaking|getting|moving|transitioning|starting|pivoting|switching|making (?:the|a|my) (?:move|switch|transition|jump))|(?:recommend|suggest|advise) (?:for|to) (?:someone|anyone|a person|people) (?:(?:who(?:'s| is| are)|trying|looking|hoping|wanting) (?:to )?)?(?:move|moving|break|breaking|get|getting|transition|transitioning|switch|switching|pivot|pivoting|start|starting))\b/i;
/** "Any advice on building a first portfolio": "any advice" with its subject named is a real question. */
function anyOnATopic(text: string): boolean {
  const m = /\bany (?:advice|tips|pointers|guidance|thoughts|suggestions|insights?) (?:on|about|for) (.+)$/i.exec(text);
  // "…for someone in my shoes", "…for people like me": whom it is for, which is no topic at all.
  if (
    !m?.[1] ||
    GENERIC.test(m[1]) ||
    /^(?:breaking|getting|moving|transitioning|starting|pivoting|switching|making|someone|anyone|somebody|people|a\s+person|those)\b/i.test(
      m[1],
    )
  )
    return false;
  const rest = text.replace(m[0], "");
  return !GENERIC.test(rest) && hasConcreteWords(m[1]);
}

/** Unbounded in time: open-ended unless the ask states its size ("a 15-minute call sometime next week" is fine). */
const UNBOUNDED =
  /\b(?:some ?time(?! (?:next|this|in the next|on|before|after|between))|at some point|whenever(?! (?:suits|works|(?:is |it(?:'s| is) )?convenient|you can))|one of these days|someday|when(?:ever)? you(?:'re| are)? (?:free|around)|get together|catch up|swap stories|if you(?:'re| are) ever)\b/i;

const STOPWORDS = new Set(
  "a an the and or but of on in at to for from with about my your me you i we our us it is it's be some any this that these those quick short".split(
    " ",
  ),
);

/**
 * The last answer of a pure test of text, kept: the ask rules, the lint rules and right-sizing ask the same
 * question of one request's text several times in a row, and the big patterns cost more than the lookup.
 */
function rememberLast<T>(test: (text: string) => T): (text: string) => T {
  let last: string | undefined;
  let answer: T;
  return (text) => {
    if (text !== last) {
      answer = test(text);
      last = text;
    }
    return answer;
  };
}

/** "chat about Stripe", "chatting about Pratham and what it's like there": a name is not a topic. */
const CHAT_ABOUT_A_NAME =
  /\bchat(?:ting)?\s+about\s+\p{Lu}[\p{L}\p{N}&.-]*(?:\s+\p{Lu}[\p{L}\p{N}&.-]*)?(?:\s+(?:and\s+what|when|whenever|if|sometime|at\s+some\s+point)\b.*)?$/u;

export const isGenericPhrase = rememberLast(
  (text: string): boolean => GENERIC.test(text) || (text.includes("chat") && CHAT_ABOUT_A_NAME.test(text)),
);

/** Asks of a conversation, which "sometime" leaves without an end. */
const CONVERSATION_KINDS: ReadonlySet<string> = new Set("advice call coffee meeting feedback".split(" "));
/** Kinds of ask that take the recipient's time, and so are sized in minutes or questions. */
export const TIME_KINDS: ReadonlySet<string> = new Set(
  "questions advice call coffee meeting mentorship shadowing feedback".split(" "),
);

/**
 * Words a topic can hold without saying what it is about: "your work", "the industry", "a quick call",
 * "chat about Google" (one name is a place, not a question).
 */
const VAGUE = new Set(
  "work career field industry experience experiences thing things stuff company companies background journey space area world life job role roles path topic topics everything something anything it that this there how what why when where which who whether would could can will may might do does did have has had get got go going know like love talk chat call coffee meet meeting conversation advice guidance tips thoughts question questions minute minutes time quick brief short phone zoom video sometime next week weeks month soon day hear learn learning more little bit few couple two three over via by email e-mail message linkedin help insight insights perspective perspectives opinion view views feedback team teams organization org move moves moving making make switch switching transition transitioning change changing pivot pivoting leap".split(
    " ",
  ),
);

const isConcrete = (w: string) => !STOPWORDS.has(w) && !VAGUE.has(w) && !/^\d+$/.test(w);

/** Whether a topic has at least two words that say what it is about. */
export const hasConcreteWords = (text: string): boolean => hasTwo(text, isConcrete);

/** What the ask is about: the words after "about", "on", "how", "whether" …, or the whole text. */
export function topicOf(text: string): string {
  return subjectOf(text) ?? text;
}

/**
 * The ask does not say what it is for: a generic phrase, or an ask of time with no concrete topic ("a
 * quick call", "coffee sometime", "chat about Google").
 */
export function isOpenEnded(ask: {
  kind: string;
  specifics: string;
  minutes?: number | undefined;
  questions?: number | undefined;
}): boolean {
  const text = ask.specifics.trim();
  if (isGenericPhrase(text) && !anyOnATopic(text)) return true;
  if (ask.minutes !== undefined || ask.questions !== undefined) return false;
  if (!CONVERSATION_KINDS.has(ask.kind)) return false;
  if (UNBOUNDED.test(text)) return true;
  // Advice or an opinion needs its subject; a call, a coffee or a meeting is a thing one can say yes to.
  if (ask.kind !== "advice" && ask.kind !== "feedback") return false;
  if (hasConcreteWords(topicOf(text))) return false;
  // "your opinion on one thing: would a fund see my field work as due diligence?" — the question follows.
  const colon = text.indexOf(":");
  return colon === -1 || !hasConcreteWords(text.slice(colon + 1));
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const isContent = (w: string) => !STOPWORDS.has(w);

/**
 * Whether a text has at least two words that pass `keep`. The rules only ever ask "two or more?", so the
 * scan stops at the second instead of listing every word of a long request.
 */
function hasTwo(text: string, keep: (w: string) => boolean): boolean {
  const lower = text.toLowerCase();
  let count = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(lower); m; m = WORD.exec(lower)) if (keep(m[0]) && ++count === 2) return true;
  return false;
}

/** Whether a text has at least two words that carry meaning (not "a", "the", "you"…). */
export const hasContentWords = rememberLast((text: string): boolean => hasTwo(text, isContent));

/** Two capitalised words in a row (a first and last name) or an @handle: the person is named. */
export function namesPerson(text: string): boolean {
  return (
    /(?:^|[^\p{L}])\p{Lu}[\p{Ll}'’-]+\s+\p{Lu}[\p{L}'’-]+/u.test(text) ||
    /(?:^|\s)@[\w.-]{2,}/.test(text) ||
    // "introduce me to Erin": one name after "to" or "with" is a person too.
    /\b(?:to|with|meet)\s+(?:(?:your|my|his|her|their|the)\s+)?(?:\p{Ll}+\s+)?(?:Dr\.?\s+|Mr\.?\s+|Ms\.?\s+|Mrs\.?\s+)?\p{Lu}[\p{Ll}'’-]+/u.test(
      text,
    )
  );
}

// Lookarounds instead of \b: \b does not see "é" as part of a word, so "résumé" would never match.
export const namesDocument = (text: string): boolean =>
  /(?<!\p{L})(r[ée]sum[ée]s?|cv|portfolio|cover letter|linkedin profile|case stud(?:y|ies)|writing sample|deck|proposal|draft|statement|statement of purpose|essays?|application|materials)(?!\p{L})/iu.test(
    text,
  );

/** The subject of an ask phrased around its format: "coffee to talk about onboarding design" → "onboarding design". */
/** A topic ends where the sentence goes on about the asking: "…portfolio would mean a lot", "…, if you have time". */
const TOPIC_END =
  /\s+(?:would|will|could|might)\s+(?:be|mean|help|make)\b.*$|\s*(?:[,;—–]|\s-\s).*$|\s+(?:if|when(?:ever)?)\s+you(?:'re|\s+are|\s+have|\s+get)?\b.*$/i;
/** The request's own words before what it asks for: "Would you have an hour to", "I'd love to". */
const FRAME =
  /^(?:(?:would|could|can|may|might|will)\s+(?:you|i|we)\s+(?:please\s+)?(?:(?:be\s+)?(?:open|willing|able|happy|up)\s+(?:to|for)\s+|(?:have|spare|find|give\s+me)\s+(?:(?:a|an|the|some)\s+)?(?:[\w-]+\s+){0,3}?(?:to|for)\s+)?|i(?:'d|\s+would)\s+(?:really\s+|so\s+)?(?:love|like|appreciate|welcome)\s+(?:to\s+)?)/i;

export const cleanTopic = (topic: string): string => topic.replace(TOPIC_END, "").trim();
export const withoutFrame = (text: string): string => text.replace(FRAME, "").trim();

export function subjectOf(text: string): string | null {
  // "on" is a topic unless it is the call's own: "hop on a quick call", "on Zoom", "on LinkedIn".
  const match =
    /(?:^|\s)(?:about|regarding|around|on(?!\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}?(?:call|chat|zoom|phone|video|linkedin|here|teams|email|e-mail|my\s+end|your\s+side)\b))\s+(.+)$/i.exec(
      text,
    );
  if (match?.[1]) return cleanTopic(match[1]) || null;
  // "how you moved from teaching to UX research" is its own topic, question word and all.
  const clause = /(?:^|\s)((?:how|what|whether|why|which)\s.+)$/i.exec(text);
  return clause?.[1] ? cleanTopic(clause[1]) || null : null;
}

export const DISCLOSES_PIVOT =
  /\b(pivot(?:ing)?|career (?:change|switch|move)|changing careers?|leav(?:e|ing)|quit(?:ting)?|new (?:job|career|role)|job (?:search|hunt)|transition(?:ing)?|switch(?:ing)? (?:to|into|fields?|careers?))\b/i;

export const PRESUMPTUOUS =
  /\b(drop by|stop by|swing by|show up|pop (?:in|by)|i(?:'|’)?ll call you|i will call you|call you (?:on|at|tomorrow|today)|unannounced|come (?:to|by) your (?:office|desk|home|house))\b/i;

/** The user's own document ("my résumé", "my design portfolio"): a thing to review, not a topic to ask about. */
export const namesOwnDocument = rememberLast(
  (text: string): boolean =>
    // "my " found first without Unicode case folding, which is several times slower on a text that lacks it.
    /my\s/i.test(text) &&
    /\bmy\s+(?:[\p{L}-]+\s+)?(r[ée]sum[ée]|cv|portfolio|cover letter|linkedin profile|case stud(?:y|ies)|writing sample|deck|statement|statement of purpose|essays?|application|materials)(?!\p{L})/iu.test(
      text,
    ),
);
