/**
 * Recognising the request in a message, the way people actually phrase one: "Would you be open to…",
 * "I'd love to…", "Could I…", "May I ask…", as well as the bare "let me know if you can help".
 */
const REQUEST =
  /\b(?:would|could|can|will|may|might)\s+(?:you|i|we)\b|\bi(?:'|’)d\s+(?:really\s+|so\s+|truly\s+|greatly\s+)?(?:love|like|appreciate|value|welcome|be (?:grateful|thrilled|delighted|so grateful|honou?red))\b|\bi\s+would\s+(?:really\s+|so\s+|greatly\s+)?(?:love|like|appreciate|value|welcome|be grateful)\b|\b(?:do|did)\s+you\s+have\s+(?:time|a (?:few|couple)|\d+|any (?:time|advice|tips))|\bare\s+you\s+(?:open|available|free|willing|up for)\b|\bwould\s+it\s+be\s+(?:possible|ok|okay|alright)\b|\bis\s+there\s+(?:any\s+)?(?:chance|way)\b|\bany\s+chance\b|\blet\s+me\s+know\s+if\s+(?:you|there)\b|\bplease\s+(?:let|send|share|review|introduce|take|consider|connect)\b|\bi(?:(?:'|’)?m|\s+am|\s+was)\s+hoping\s+(?:you|to\s+(?:ask|hear|get\s+your|learn\s+from\s+you|borrow|pick|chat|talk|connect))\b|\bi\s+was\s+wondering\b|\bwondering\s+if\b|\bif\s+you(?:'|’)?re\s+open\s+to\b|\bif\s+you\s+are\s+open\s+to\b|\bmind\s+if\s+i\b|\bwould\s+you\s+mind\b|\bpick\s+your\s+brain\b|\bkeep\s+me\s+in\s+mind\b|\banything\s+you\s+can\s+do\b|\bcan\s+we\s+(?:chat|talk|meet)\b|\bhow\s+about\s+(?:a|we)\b|\bshall\s+we\b|\bwe\s+could\b|\b(?:would|will)\s+be\s+(?:much\s+|greatly\s+|really\s+|hugely\s+)?(?:appreciated|helpful|amazing|great|wonderful)\b|\bwould\s+mean\s+a\s+lot\b/i;

/** An easy out ("no worries if not") is kind, and not a second request. */
const EASY_OUT =
  /\bno\s+(?:worries|problem|pressure|obligation)\b|\b(?:totally|completely|fully)\s+understand\b|\bunderstand\s+if\s+(?:you|not|now)\b|\bif\s+not,?\s+no\b|\bif\s+(?:you(?:'|’)?re|you are)\s+(?:too\s+)?(?:busy|swamped)\b|\bno\s+need\s+to\s+reply\b/i;

/** Closing pleasantries that read like requests but ask nothing. */
const PLEASANTRY = /\blet\s+me\s+know\s+if\s+you\s+have\s+(?:any\s+)?questions\b|\bhope\s+(?:you(?:'|’)?re|you are|this finds)\b|\bhave\s+a\s+(?:great|good|nice)\b/i;

/** A yes/no question put to them ("Is your team hiring?", "Are there any openings?") asks something too. */
const YES_NO_QUESTION = /\b(?:are|is|do|does|did|have|has|would|could|can|will|may|might|shall)\s+(?:there|you|your|we|i|it)\b/i;
/** A clipped question: "Any openings on your team?", "any tips for a first portfolio?" */
const ANY_QUESTION = /\bany\s+\w/i;
/** "How did you get started?" is a question inside the request, not a request of its own. */
const WH_QUESTION = /^(?:p\.?s\.?\s*)?(?:how|what|why|when|where|which|who)\b/i;

export function isRequest(sentence: string): boolean {
  // Most sentences are not requests; rule them out with one scan before looking for easy outs.
  const request =
    REQUEST.test(sentence) || (sentence.trimEnd().endsWith("?") && !WH_QUESTION.test(sentence) && (YES_NO_QUESTION.test(sentence) || ANY_QUESTION.test(sentence)));
  return request && !EASY_OUT.test(sentence) && !PLEASANTRY.test(sentence);
}


/** "Two quick questions", "15 minutes", "a 20-minute call", "one question": the ask states its size. */
export const STATES_SIZE =
  /\b(?:one|two|three|four|five|a\s+couple\s+of|a\s+few|\d{1,2}|ten|fifteen|twenty|thirty)\s+(?:quick\s+|short\s+|brief\s+|specific\s+)?(?:questions?|minutes?|mins?)\b|\b(?:a|one)\s+(?:quick|short|brief|single)\s+question\b|\b(?:\d{1,2}|ten|fifteen|twenty|thirty)[\s-](?:minute|min)\b|\bhalf\s+an\s+hour\b|\b(?:an|one|two|\d{1,2})\s+hours?\b/i;

/** A request for their time or knowledge, as opposed to a yes/no fact ("Is your team hiring?"). */
export const ASKS_FOR_TIME =
  /\b(?:ask|question|call|chat|talk|speak|meet|minutes?|time|advice|hear|learn|share|walk\s+me|coffee|hour|review|look|read|introduce|connect|mentor|help)/i;
