import { FOLLOW_UP } from "../read/purpose";
import { testProse } from "../detect/each-match";
import { docsUrl, type LintRule, type LintRuleReport } from "../lint-rule";

const id = "follow-up";
/** A follow-up is read in a few seconds or not at all. */
export const FOLLOW_UP_MAX_WORDS = 75;
const EASY_OUT =
  /\b(?:no (?:worries|pressure|problem|rush|obligation)|(?:totally|completely|fully) (?:fine|understand)|understand if|if (?:not|now(?:'|’)?s not|it(?:'|’)?s not|you(?:'|’)?re (?:too )?busy)|not a good time|feel free to (?:ignore|pass|skip|say no)|rather not|no need to reply)\b/i;

export const followUp: LintRule = {
  id,
  meta: {
    description: "A follow-up refers to the first message, stays short and offers an easy way out.",
    severity: "warning",
    docs: docsUrl(id),
  },
  check({ message, context }) {
    if (context.purpose !== "follow-up" || message.sentences.length === 0) return [];
    const out: LintRuleReport[] = [];
    const first = message.sentences[0];
    // When the purpose was read from the text, the reference is what it was read from.
    // A reply carries the first message below it; that is reference enough.
    if (!context.purposeInferred && !message.quoted && !testProse(FOLLOW_UP, message)) {
      out.push({
        message: "Say which message you are following up on, so they need not search for it.",
        start: first?.start ?? 0,
        end: first?.end ?? message.bodyEnd,
        suggestion: { message: 'e.g. "Following up on my note last week about …"' },
      });
    }
    if (message.words > FOLLOW_UP_MAX_WORDS) {
      out.push({
        message: `${message.words} words is long for a follow-up; two or three sentences are enough.`,
        start: message.wordOffset(FOLLOW_UP_MAX_WORDS),
        end: message.bodyEnd,
      });
    }
    if (!testProse(EASY_OUT, message)) {
      out.push({
        severity: "info",
        message: "Offer an easy way out, so a no costs them nothing.",
        start: message.sentences[message.sentences.length - 1]?.start ?? 0,
        end: message.bodyEnd,
        suggestion: { message: 'e.g. "No worries if now is not a good time."' },
      });
    }
    return out;
  },
};
