/** Phrase lists the rules share. Each is one alternation, so a rule scans a sentence once. */

export const URGENCY =
  /\basap\b|\ba\.s\.a\.p\.?|\bas\s+soon\s+as\s+(?:possible|you\s+can)\b|\burgent(?:ly)?\b|\b(?:by|before)\s+(?:tomorrow|tonight|end\s+of\s+(?:the\s+)?(?:day|week)|eod|eow|cob|today|this\s+(?:afternoon|evening|week)|then|the\s+weekend|(?:this\s+|next\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b|\bright\s+away\b|\bdrop\s+everything\b|\bthings\s+are\s+moving\s+(?:quickly|fast)\b|\btime[\s-]sensitive\b|\bimmediately\b|\bneed\s+(?:this|it|an\s+answer|to\s+hear\s+(?:back|from\s+you))\s+(?:today|tonight|by|soon|quickly|fast|before)\b|\b(?:closes|due|ends|expires)\s+(?:tonight|tomorrow|today|on\s+(?:monday|tuesday|wednesday|thursday|friday))\b|\b(?:reply|response|answer|decision)\s+(?:today|tonight|by\s+(?:tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|the\s+end))\b|\btight\s+(?:timeline|deadline)\b|\b(?:today|tonight)\s+if\s+(?:possible|you\s+can)\b|\bneed\s+it\s+(?:done|fast|quickly|asap)\b|\bget\s+back\s+to\s+me\s+(?:by|before|today|soon)\b|\bhear\s+(?:back|from\s+you)\s+(?:this\s+week|today|tonight|tomorrow|by|before|soon|asap)\b|\b(?:need|want)\s+(?:it|this|them)\s+back\s+(?:(?:by|before)\s+[\w:]+|today|tonight|tomorrow)\b|\bat\s+the\s+latest\b|\b(?:the\s+)?sooner\s+(?:you\s+can\s+(?:reply|respond|answer|get\s+back)\s+)?(?:is|the)\s+better\b|\b(?:reply|respond|answer|get\s+back\s+to\s+me)\s+(?:with)?in\s+(?:the\s+next\s+)?(?:(?:\d+|a|an|one|two)\s*(?:hours?|days?)|a\s+day\s+or\s+two)\b|\bin\s+the\s+next\s+day\s+or\s+two\b|\b(?:prompt|speedy|swift)\s+(?:reply|response|answer)\b|\bquick\s+turnaround\b|\btime[\s-]critical\b|\bby\s+(?:midnight|noon)\b|\brespond\s+(?:today|tonight)\b|\bdeadline\s+is\s+(?:today|tonight|tomorrow|this|next|monday|tuesday|wednesday|thursday|friday|saturday|sunday|in\s+(?:a|two|three|\d+)\s+days?)\b|\b(?:closes|due|ends|expires)\s+(?:soon|at\s+\d|in\s+(?:a|two|three|\d+)\s+days?)\b|\bby\s+\d{1,2}(?::\d\d)?\s*(?:am|pm)\b/gi;

/**
 * "I can start right away", "available immediately", "I had to write right away": the sender's own
 * readiness or haste, which presses nobody.
 */
export const OWN_AVAILABILITY =
  /\b(?:start|available|begin|join|relocate|move|free)\s+(?:\w+\s+){0,3}$|\bi\s+(?:had\s+to\s+|wanted\s+to\s+|have\s+to\s+)?(?:write|wrote|reply|replied|respond(?:ed)?|call(?:ed)?|act(?:ed)?|appl(?:y|ied)|sign(?:ed)?\s+up)\s+(?:\w+\s+)?$/i;

export const PRESUMPTION =
  /\bi(?:'|’)?ll\s+(?:call|ring|phone)\s+you\b|\bi\s+will\s+(?:call|ring|phone)\s+you\b|\bi(?:'|’)?ll\s+(?:stop|drop|swing|pop|come)\s+by\b|\bi\s+will\s+(?:stop|drop|swing|come)\s+by\b|\bi(?:'|’)?ll\s+see\s+you\s+(?:on|at|next|then|monday|tuesday|wednesday|thursday|friday)\b|\bsee\s+you\s+(?:on|at|next)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week)\b|\bi(?:'|’)?ve\s+(?:sent|put|added|booked)\s+(?:you\s+)?(?:a|an)\s+(?:meeting|invite|invitation|calendar|slot)\b|\bi(?:'|’)?ll\s+be\s+(?:at|in)\s+your\s+(?:office|building)\b|\bshow\s+up\s+at\s+your\b/gi;

export const DISCLOSURE =
  /\bleaving\b|\bquit(?:ting)?\b|\bjob\s+(?:search|hunt(?:ing)?)\b|\bnew\s+(?:career|job)\b|\bcareer\s+(?:change|switch|pivot)\b|\bchanging\s+careers\b|\bpivot(?:ing)?\b|\binterviewing\b|\bresign(?:ing|ation)?\b|\bhand(?:ing)?\s+in\s+my\s+notice\b|\bnext\s+chapter\b/gi;

export const PLACEHOLDER =
  /\[[^\]\n]{1,40}\]|\{\{[^}\n]{0,40}\}\}|<\s*(?:first|last|full|company|their)?\s*(?:_)?(?:name|company|title|role|topic)\s*>|\bX{3,}\b|\bTODO\b|\bTBD\b|\bFNAME\b|\bLNAME\b|%[A-Z_]{3,}%/g;

export const APOLOGY =
  /\bsorry\s+(?:to|for|if|about)\b|\bi\s+apologi[sz]e\b|\bapologies\s+(?:for|if)\b|\bi\s+know\s+you(?:'|’)?re\s+(?:busy|swamped|slammed)\b|\bi\s+know\s+you\s+are\s+(?:busy|swamped)\b|\bi\s+hate\s+to\s+(?:bother|ask|impose)\b|\bforgive\s+(?:me|the|my)\b|\bi\s+don(?:'|’)?t\s+want\s+to\s+(?:bother|waste|impose)\b|\bpardon\s+the\b|\b(?:dumb|stupid|silly|naive)\s+question\b|\bi(?:'|’)?m\s+(?:just\s+)?(?:a\s+)?(?:nobody|newbie|no\s+expert)\b|\bi(?:'|’)?m\s+probably\s+(?:not|the\s+last)\b/gi;

// No "u" flag here: unicode case folding makes this scan of the whole text several times slower.
export const ATTACHMENT =
  /\b(?:i(?:'|’)?ve\s+|i\s+have\s+)?attached\s+(?:is\s+)?(?:my|a\s+copy\s+of\s+my)\s+(?:r[eé]sum[eé]|cv)(?![a-zà-ÿ])|\bplease\s+find\s+(?:attached|enclosed)\b|\bmy\s+(?:r[eé]sum[eé]|cv)\s+(?:is\s+)?(?:attached|enclosed|below|pasted\s+below)\b|\b(?:r[eé]sum[eé]|cv)\s+attached\b/i;

/** A résumé pasted into the message shows its section headings on lines of their own. */
export const RESUME_HEADING =
  /^[ \t]*(?:EXPERIENCE|WORK EXPERIENCE|EDUCATION|SKILLS|PROFESSIONAL SUMMARY)[ \t]*:?[ \t]*$/m;

/** An offer of help ("let me know if I can help", "I could build it for you"): it asks for nothing big. */
export const OFFER_OF_HELP =
  /\blet\s+me\s+know\s+if\s+(?:i|we)\s+can\b|\b(?:happy|glad)\s+to\s+help\b|\bif\s+(?:i|we)\s+can\s+(?:help|be\s+of)\b|\b(?:i|we)\s+could\s+(?:build|help|make|set\s+up)\b|\bhow\s+can\s+(?:i|we)\s+help\b/i;
