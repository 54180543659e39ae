/**
 * Text tests shared by the ask rules. Kept apart from the message linter's detectors because an ask's
 * `specifics` is a short phrase the user typed into a form, not a whole message.
 */
const GENERIC =
  /\b(let me know if (?:you|there)|anything (?:you can|at all)|pick your brain|any advice|keep me in mind|no specific agenda|whatever you (?:can|think)|help(?: me)? out|general (?:advice|chat|help)|catch up|touch base|get to know you|just chat|some help|any help|help me)\b/i;

const STOPWORDS = new Set(
  "a an the and or but of on in at to for from with about my your me you i we our us it is be some any this that these those quick short".split(" "),
);

export const isGenericPhrase = (text: string): boolean => GENERIC.test(text);

export function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).filter((w) => !STOPWORDS.has(w));
}

/** Two capitalised words in a row (a first and last name) or an @handle: the person is named. */
export function namesPerson(text: string): boolean {
  return /(?:^|[^\p{L}])\p{Lu}[\p{Ll}'’-]+\s+\p{Lu}[\p{L}'’-]+/u.test(text) || /(?:^|\s)@[\w.-]{2,}/.test(text);
}

// Lookarounds instead of \b: \b does not see "é" as part of a word, so "résumé" would never match.
export const namesDocument = (text: string): boolean =>
  /(?<!\p{L})(r[ée]sum[ée]s?|cv|portfolio|cover letter|linkedin profile|case stud(?:y|ies)|writing sample|deck|proposal|draft)(?!\p{L})/iu.test(text);

/** The subject of an ask phrased around its format: "coffee to talk about onboarding design" → "onboarding design". */
export function subjectOf(text: string): string | null {
  const match = /(?:^|\s)(?:about|on|regarding|around)\s+(.+)$/i.exec(text);
  return match?.[1] ?? null;
}

export const DISCLOSES_PIVOT =
  /\b(pivot(?:ing)?|career (?:change|switch|move)|changing careers?|leav(?:e|ing)|quit(?:ting)?|new (?:job|career|role)|job (?:search|hunt)|transition(?:ing)?|switch(?:ing)? (?:to|into|fields?|careers?))\b/i;

export const PRESUMPTUOUS =
  /\b(drop by|stop by|swing by|show up|pop (?:in|by)|i(?:'|’)?ll call you|i will call you|call you (?:on|at|tomorrow|today)|unannounced|come (?:to|by) your (?:office|desk|home|house))\b/i;

/** The user's own document ("my résumé", "my design portfolio"): a thing to review, not a topic to ask about. */
export const namesOwnDocument = (text: string): boolean =>
  /\bmy\s+(?:[\p{L}-]+\s+)?(r[ée]sum[ée]|cv|portfolio|cover letter|linkedin profile|case stud(?:y|ies)|writing sample|deck)(?!\p{L})/iu.test(text);
