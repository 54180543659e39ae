import type { Anatomy } from "../anatomy";
import type { MessageContext } from "../lint-rule";

/** Under this many words, a follow-up with no request of its own is only a nudge. */
export const BARE_BUMP_MAX_WORDS = 15;
/** A nudge that says what it is about ("…about the bootcamp question", "re: my résumé") restates enough. */
const NAMES_ITS_SUBJECT = /\b(?:about|regarding|re:|on\s+(?:my|the|your)\b)/i;

/**
 * "Just bumping this up in case you missed it!": a follow-up that neither restates the request nor says
 * what it follows, so the reader has to dig out the first message to learn what is wanted.
 */
export function isBareBump(message: Anatomy, context: MessageContext, asksRead: number): boolean {
  if (context.purpose !== "follow-up" || asksRead > 0 || message.words === 0 || message.words > BARE_BUMP_MAX_WORDS)
    return false;
  const body = message.text.slice(0, message.bodyEnd);
  // A question is a request the reader did not take for an ask ("Would Thursday at 3pm work?"): not bare.
  return !body.includes("?") && !NAMES_ITS_SUBJECT.test(body);
}
