/** Phrase lists the rules share. Each is one alternation, so a rule scans a sentence once. */

export const GENERIC_ASK =
  /\bpick\s+your\s+brain\b|\bany\s+(?:advice|tips|help|pointers|guidance)\b(?!\s+(?:on|about|for)\s+\w)|\blet\s+me\s+know\s+if\s+(?:you\s+can|there(?:'|’)?s\s+anything)\b[^?.!]*\bhelp\b|\banything\s+(?:you\s+can\s+do|at\s+all)\b|\bkeep\s+me\s+in\s+mind\b|\bno\s+specific\s+agenda\b|\bhelp\s+(?:me\s+)?(?:out\s+)?in\s+any\s+way\b|\bwhatever\s+you\s+(?:can|think)\b|\bjust\s+(?:to\s+)?(?:chat|connect|catch\s+up)\b/ig;

export const BIG_ASK =
  /\b(?:review|look\s+(?:over|at)|read|check|critique|edit)\s+(?:my|the\s+attached)\s+(?:r[eé]sum[eé]|cv|portfolio|cover\s+letter)|\b(?:grab|get|have)\s+(?:a\s+)?(?:coffee|lunch|dinner|drinks?|a\s+bite)\b|\bcoffee\s+(?:chat|meeting|sometime)\b|\b(?:over|for)\s+(?:a\s+)?(?:coffee|lunch|dinner|drinks?)\b|\bmeet\s+(?:up|in\s+person|for\s+(?:coffee|lunch))\b|\b(?:an|one|a\s+full)\s+hour\b|\b(?:45|60|sixty|ninety|90)[\s-]min(?:ute)?s?\b|\b(?:refer|recommend)\s+me\b|\breferral\b|\bintroduc(?:e\s+me|tion\s+to)\b|\bput\s+me\s+in\s+touch\b|\bmentor\s+me\b|\bbe\s+my\s+mentor\b|\bshadow\s+you\b/ig;

export const JOB_ASK =
  /\b(?:any|open|current)\s+(?:job\s+)?(?:openings?|positions?|roles?|vacancies|jobs?)\b|\b(?:are|is)\s+(?:you|your\s+(?:team|company))\s+hiring\b|\b(?:a|any)\s+job\b|\brefer\s+me\b|\breferral\b|\bconsider\s+me\s+for\b|\bhelp\s+me\s+(?:get|land|find)\s+(?:a\s+)?(?:job|role|position)\b|\bput\s+in\s+a\s+good\s+word\b|\bhire\s+me\b/ig;

export const URGENCY =
  /\basap\b|\ba\.s\.a\.p\.?|\bas\s+soon\s+as\s+possible\b|\burgent(?:ly)?\b|\bby\s+(?:tomorrow|tonight|end\s+of\s+(?:the\s+)?day|eod|today|this\s+afternoon)\b|\bright\s+away\b|\bdrop\s+everything\b|\bthings\s+are\s+moving\s+(?:quickly|fast)\b|\btime[\s-]sensitive\b|\bimmediately\b|\bneed\s+(?:this|it|an\s+answer|to\s+hear\s+back)\s+(?:today|by|soon|quickly)\b/ig;

export const PRESUMPTION =
  /\bi(?:'|’)?ll\s+(?:call|ring|phone)\s+you\b|\bi\s+will\s+(?:call|ring|phone)\s+you\b|\bi(?:'|’)?ll\s+(?:stop|drop|swing|pop|come)\s+by\b|\bi\s+will\s+(?:stop|drop|swing|come)\s+by\b|\bi(?:'|’)?ll\s+see\s+you\s+(?:on|at|next|then|monday|tuesday|wednesday|thursday|friday)\b|\bsee\s+you\s+(?:on|at|next)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week)\b|\bi(?:'|’)?ve\s+(?:sent|put|added|booked)\s+(?:you\s+)?(?:a|an)\s+(?:meeting|invite|invitation|calendar|slot)\b|\bi(?:'|’)?ll\s+be\s+(?:at|in)\s+your\s+(?:office|building)\b|\bshow\s+up\s+at\s+your\b/ig;

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
export const RESUME_HEADING = /^[ \t]*(?:EXPERIENCE|WORK EXPERIENCE|EDUCATION|SKILLS|PROFESSIONAL SUMMARY)[ \t]*:?[ \t]*$/m;
