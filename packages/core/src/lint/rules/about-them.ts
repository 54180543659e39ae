import { docsUrl, type LintRule } from "../lint-rule";

const id = "about-them";
const FIRST = /\b(?:i|me|my|mine|myself|i(?:'|’)(?:m|ve|d|ll))\b/gi;
const SECOND = /\b(?:you|your|yours|yourself|you(?:'|’)(?:re|ve|d|ll))\b/gi;
/** Below this many first-person words a message is too short to be self-absorbed. */
const MIN_FIRST_PERSON = 5;
/** Requests are addressed to "you" by nature, so they are left out of the balance. */
const RATIO = 1.5;

function count(re: RegExp, text: string, from: number, to: number): number {
  re.lastIndex = from;
  let n = 0;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) n++;
  return n;
}

export const aboutThem: LintRule = {
  id,
  meta: {
    description:
      "A cold message is more about the recipient than the sender (pronoun balance, signature and requests excluded).",
    severity: "warning",
    docs: docsUrl(id),
  },
  check({ message, context, requests }) {
    if (!context.firstContact || message.sentences.length === 0) return [];
    const from = message.sentences[0]?.start ?? 0;
    let me = count(FIRST, message.text, from, message.bodyEnd);
    let you = count(SECOND, message.text, from, message.bodyEnd);
    // Only what was counted is taken out: a request in a postscript stands past the body.
    for (const r of requests) {
      if (r.start >= message.bodyEnd) continue;
      me -= count(FIRST, message.text, r.start, Math.min(r.end, message.bodyEnd));
      you -= count(SECOND, message.text, r.start, Math.min(r.end, message.bodyEnd));
    }
    if (me < MIN_FIRST_PERSON || me <= RATIO * you) return [];
    const first = message.sentences[0];
    const last = message.sentences[message.sentences.length - 1];
    return [
      {
        message: `The message says "I/me/my" ${me} times and "you/your" ${you} times; make it more about them.`,
        start: first?.start ?? 0,
        end: last?.end ?? message.bodyEnd,
        suggestion: { message: "Cut your backstory to one sentence and say why their work matters to you." },
      },
    ];
  },
};
