import type { Anatomy } from "../anatomy";
import type { MessagePurpose } from "../lint-context";

/** A message that refers to an earlier one: "following up on my note", "circling back". */
export const FOLLOW_UP =
  /\b(?:follow(?:ing)?[\s-]up|circl(?:e|ing) back|check(?:ing)? back|bump(?:ing)? (?:this|my)|resurfac|my (?:last|previous|earlier|first) (?:note|message|email|e-mail)|(?:wrote|reached out|messaged|emailed) (?:you )?(?:last|a few|a couple|earlier|two|three)|in case (?:it|my (?:note|message|email)) (?:got|was) (?:buried|lost)|(?:haven(?:'|’)?t|have not|didn(?:'|’)?t|did not) heard? back)/i;
const THANKS =
  /^(?:p\.?s\.?\s*)?(?:(?:a\s+)?(?:huge|big|quick|sincere)\s+)?(?:thank(?:s| you)|many thanks|i(?:'|’)?m (?:so |really |very )?grateful|i (?:really |truly )?appreciate(?:d)?|i wanted to (?:say )?thank|i (?:can(?:'|’)?t|cannot) thank you enough)|,\s*thank you[.!\s]*$/i;
/** "Thanks!", "Thanks for your time.", "Thanks either way": a closing courtesy, which makes no thank-you note. */
const CLOSING_THANKS =
  /^(?:thanks|thank you)(?:\s+(?:so much|again|in advance|either way|for (?:your|the) (?:time|consideration)|for reading|for considering(?: this)?))?\s*[.!]*$/i;
/** What they said or did for the sender: "you told me to build two case studies", "your tip about…". */
const RESPONDS =
  /\byou (?:told|suggested|advised|recommended|said|mentioned|pointed)\b|\byour (?:advice|suggestion|tip|pointer)\b/i;
/** A message that opens on the name it is said to, with no greeting word: "Naveen, thank you for the call". */
const VOCATIVE = /^[A-Z][a-z'’-]+,\s+/;
/** News told to them: "wanted you to know", "thanks to your advice", "quick update". */
const UPDATE =
  /\b(?:wanted to (?:let you know|share|update you|give you an update|tell you|close the loop)|quick update|an update|good news|wanted you to (?:know|hear)|thought you(?:'|’)?d (?:like|want) to (?:know|hear)|happy to (?:share|report|say)|(?:excited|thrilled|pleased) to (?:share|tell you|let you know|say)|close the loop|took your advice|thanks to your advice)/i;
/**
 * News of the sender's own ("I started a QA course", "I accepted the offer"): an update to someone who
 * knows them, and to a stranger only the story before a request that is missing.
 */
const OWN_NEWS =
  /\b(?:(?:i|we) (?:got|accepted|landed|started|signed|took)\s+(?:the|an?|my)\b|i (?:start|started|signed up for)\s+(?:at|as|with|in|the|a|an|my)\b|just started)/i;

/**
 * What a message is for when the writer did not say: a follow-up refers to an earlier message; a thank-you
 * or an update with no request asks nothing; the rest ask.
 */
export function inferPurpose(message: Anatomy, asksSomething: boolean, firstContact = false): MessagePurpose {
  const sentences = message.sentences;
  const head = sentences.slice(0, 3);
  if (head.some((s) => FOLLOW_UP.test(s.text))) return "follow-up";
  if (asksSomething) return "ask";
  if (sentences.some((s) => UPDATE.test(s.text))) return "update";
  // To a first contact, the sender's news is an update only when it answers what they said or did.
  if (sentences.some((s) => OWN_NEWS.test(s.text)) && (!firstContact || sentences.some((s) => RESPONDS.test(s.text))))
    return "update";
  // A bare "Thanks!" at the end closes the message; the same words at its start are what it is for.
  const last = sentences.length - 1;
  if (sentences.some((s, i) => THANKS.test(s.text) && !(i > 0 && i >= last - 1 && CLOSING_THANKS.test(s.text))))
    return "thank";
  const first = sentences[0]?.text ?? "";
  if (message.greeting === null && THANKS.test(first.replace(VOCATIVE, ""))) return "thank";
  return "ask";
}
