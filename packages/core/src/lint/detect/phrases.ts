/**
 * Phrase lists the rules share. Each is one alternation, so a rule scans a sentence once, with the word
 * boundary its alternatives share written once in front: V8 then tests it once a position, not once an
 * alternative (URGENCY 2.5 -> 1.4 µs a message, the same matches).
 */

export const URGENCY =
  /\b(?:asap\b|a\.s\.a\.p\.?|as\s+soon\s+as\s+(?:possible|you\s+can)\b|urgent(?:ly)?\b|(?:by|before)\s+(?:tomorrow|tonight|end\s+of\s+(?:the\s+)?(?:day|week)|eod|eow|cob|today|this\s+(?:afternoon|evening|week)|then|the\s+weekend|(?:this\s+|next\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b|right\s+away\b|drop\s+everything\b|things\s+are\s+moving\s+(?:(?:really|very|so|pretty)\s+)?(?:quickly|fast)\b|(?:it|this)\s+(?:needs|has)\s+to\s+be\s+(?:today|tonight|tomorrow)\b|time[\s-]sensitive\b|immediately\b|need\s+(?:this|it|an\s+answer|to\s+know|to\s+hear\s+(?:back|from\s+you))\s+(?:today|tonight|by|soon|quickly|fast|before)\b|(?:closes|due|ends|expires)\s+(?:tonight|tomorrow|today|this\s+week|on\s+(?:monday|tuesday|wednesday|thursday|friday))\b|(?:closes|close|due|expires)\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|the\s+\d{1,2}(?:st|nd|rd|th)?)\b|(?:only\s+)?(?:up|open)\s+(?:un)?till?\s+(?:tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|the\s+\d)|(?:reply|response|answer|decision)\s+(?:today|tonight|this\s+week|by\s+(?:tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|the\s+end))\b|tight\s+(?:timeline|deadline)\b|(?:today|tonight)\s+if\s+(?:possible|you\s+can)\b|need\s+it\s+(?:done|fast|quickly|asap)\b|get\s+back\s+to\s+me\s+(?:by|before|today|soon)\b|(?:tell\s+me|let\s+me\s+know)\s+(?:this\s+week|today|tonight|by\s+tomorrow)\b|hear\s+(?:back(?:\s+from\s+you)?|from\s+you)\s+(?:this\s+week|today|tonight|tomorrow|by|before|soon|asap)\b|(?:need|have)\s+to\s+move\s+(?:fast|quickly)\b|(?:need|want)\s+(?:it|this|them)\s+back\s+(?:(?:by|before)\s+[\w:]+|today|tonight|tomorrow)\b|at\s+the\s+latest\b|(?:the\s+)?sooner\s+(?:you\s+can\s+(?:reply|respond|answer|get\s+back)\s+)?(?:is|the)\s+better\b|(?:reply|respond|answer|get\s+back\s+to\s+me|hear\s+back)\s+(?:with)?in\s+(?:the\s+next\s+)?(?:(?:\d+|a|an|one|two)\s*(?:hours?|days?)|a\s+day\s+or\s+two)\b|in\s+the\s+next\s+day\s+or\s+two\b|(?:prompt|speedy|swift)\s+(?:reply|response|answer)\b|quick\s+turnaround\b|time[\s-]critical\b|by\s+(?:midnight|noon)\b|respond\s+(?:today|tonight)\b|deadline\s+is\s+(?:today|tonight|tomorrow|this|next|monday|tuesday|wednesday|thursday|friday|saturday|sunday|in\s+(?:a|two|three|\d+)\s+days?)\b|(?:closes|due|ends|expires)\s+(?:soon|at\s+\d|in\s+(?:a|two|three|\d+)\s+days?)\b|by\s+\d{1,2}(?::\d\d)?\s*(?:am|pm)\b|first\s+thing\s+(?:tomorrow|in\s+the\s+morning|monday|tuesday|wednesday|thursday|friday)\b|(?:can|could|would|will)\s+you\s+(?:please\s+)?(?:[\w'’-]+\s+){1,8}?(?:tonight|today)\b|(?:need|want)\s+(?:your|an|the)\s+(?:answer|reply|response|decision)\s+(?:by|before|over|today|tonight|tomorrow|this)\b|unless\s+(?:you\s+tell\s+me|i\s+hear)\s+otherwise\b|can(?:'|’)?t\s+afford\s+to\s+wait\b|(?:by|closes|due)\s+(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b)/gi;

/**
 * "I can start right away", "available immediately", "I had to write right away": the sender's own
 * readiness or haste, which presses nobody.
 */
export const OWN_AVAILABILITY =
  /\b(?:start|available|begin|join|relocate|move|free)\s+(?:\w+\s+){0,3}$|\bi\s+(?:had\s+to\s+|wanted\s+to\s+|have\s+to\s+)?(?:write|wrote|reply|replied|respond(?:ed)?|call(?:ed)?|act(?:ed)?|appl(?:y|ied)|sign(?:ed)?\s+up)\s+(?:\w+\s+)?$/i;

export const PRESUMPTION =
  /\b(?:i(?:'|’)?ll\s+(?:call|ring|phone)\s+you\b|i\s+will\s+(?:call|ring|phone)\s+you\b|i(?:'|’)?ll\s+(?:stop|drop|swing|pop|come)\s+by\b|i\s+will\s+(?:stop|drop|swing|come)\s+by\b|i(?:'|’)?ll\s+see\s+you\s+(?:on|at|next|then|monday|tuesday|wednesday|thursday|friday)\b|see\s+you\s+(?:on|at|next)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week)\b|i(?:'|’)?ve\s+(?:sent|put|added|booked)\s+(?:you\s+)?(?:a|an)\s+(?:meeting|invite|invitation|calendar|slot)\b|i(?:'|’)?ll\s+be\s+(?:at|in)\s+your\s+(?:office|building)\b|show\s+up\s+at\s+your\b)/gi;

export const DISCLOSURE =
  /\b(?:leaving\b|quit(?:ting)?\b|job\s+(?:search|hunt(?:ing)?)\b|new\s+(?:career|job)\b|career\s+(?:change|switch|pivot)\b|changing\s+careers\b|pivot(?:ing)?\b|interviewing\b|resign(?:ing|ation)?\b|hand(?:ing)?\s+in\s+my\s+notice\b|next\s+chapter\b)/gi;

export const PLACEHOLDER =
  /\[[^\]\n]{1,40}\]|\{\{[^}\n]{0,40}\}\}|<\s*(?:first|last|full|company|their)?\s*(?:_)?(?:name|company|title|role|topic)\s*>|\bX{3,}\b|\bTODO\b|\bTBD\b|\bFNAME\b|\bLNAME\b|%[A-Z_]{3,}%/g;

export const APOLOGY =
  /\b(?:sorry\s+(?:to|for|if|about)\b|i\s+apologi[sz]e\b|apologies\s+(?:for|if)\b|i\s+know\s+you(?:'|’)?re\s+(?:busy|swamped|slammed)\b|i\s+know\s+you\s+are\s+(?:busy|swamped)\b|i\s+hate\s+to\s+(?:bother|ask|impose)\b|forgive\s+(?:me|the|my)\b|i\s+don(?:'|’)?t\s+want\s+to\s+(?:bother|waste|impose)\b|pardon\s+the\b|(?:dumb|stupid|silly|naive)\s+question\b|i(?:'|’)?m\s+(?:just\s+)?(?:a\s+)?(?:nobody|newbie|no\s+expert)\b|i(?:'|’)?m\s+probably\s+(?:not|the\s+last)\b)/gi;

// No "u" flag here: unicode case folding makes this scan of the whole text several times slower.
export const ATTACHMENT =
  /\b(?:(?:i(?:'|’)?ve\s+|i\s+have\s+)?attached\s+(?:is\s+)?(?:my|a\s+copy\s+of\s+my)\s+(?:r[eé]sum[eé]|cv)(?![a-zà-ÿ])|please\s+find\s+(?:attached|enclosed)\b|my\s+(?:r[eé]sum[eé]|cv)\s+(?:is\s+)?(?:attached|enclosed|below|pasted\s+below)\b|(?:r[eé]sum[eé]|cv)\s+attached\b)/i;

/** A résumé pasted into the message shows its section headings on lines of their own. */
export const RESUME_HEADING =
  /^[ \t]*(?:EXPERIENCE|WORK EXPERIENCE|EDUCATION|SKILLS|PROFESSIONAL SUMMARY)[ \t]*:?[ \t]*$/m;

/** An offer of help ("let me know if I can help", "I could build it for you"): it asks for nothing big. */
export const OFFER_OF_HELP =
  /\b(?:let\s+me\s+know\s+if\s+(?:i|we)\s+can\b|(?:happy|glad)\s+to\s+help\b|if\s+(?:i|we)\s+can\s+(?:help|be\s+of)\b|(?:i|we)\s+could\s+(?:build|help|make|set\s+up)\b|how\s+can\s+(?:i|we)\s+help\b)/i;
