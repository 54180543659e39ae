/** A reason for writing: "I'm reaching out because…", "I'm moving from teaching into…". */
export const REASON =
  /\b(?:i(?:'|’)?m\s+(?:writing|reaching\s+out|contacting\s+you|emailing|messaging|getting\s+in\s+touch)\b|i\s+am\s+(?:writing|reaching\s+out|contacting)\b|(?:the\s+)?reason\s+i(?:'|’)?m\s+writing\b|i(?:'|’)?m\s+(?:moving|transitioning|switching|pivoting|changing|exploring|making\s+(?:a|the)\s+(?:move|switch|jump))\b|i\s+am\s+(?:moving|transitioning|switching|exploring)\b|i(?:'|’)?ve\s+(?:been|spent)\s+\w+|i\s+have\s+(?:been|spent)\b|i(?:'|’)?m\s+(?:a|an)\s+\w+|i\s+(?:work|teach|lead|run|manage)\s+(?:as|at|in)\b|after\s+(?:\w+\s+){0,3}years\b|i(?:'|’)?m\s+(?:hoping|looking)\s+to\s+(?:move|break|get)\s+into\b|as\s+(?:a|an)\s+\w+\s+(?:moving|looking|who)\b|i(?:'|’)?m\s+(?:about|planning|trying|preparing|getting\s+ready)\s+to\b|making\s+(?:a|the)\s+(?:same\s+|similar\s+)?(?:move|switch|jump|transition|change)\b|we\s+(?:were\s+both|both|met|worked|studied)\b|i\s+(?:saw|noticed|read|heard)\s+(?:that\s+)?you\b|(?:mutual|shared)\s+(?:friend|connection|contact)\b|suggested\s+(?:i|that\s+i)\s+(?:write|reach|contact|get)\b)/i;

const FIRST_PERSON_START =
  /^(?:p\.?s\.?\s*)?(?:i\b|i(?:'|’)|my\b|me\b|since\b|after\b|before\b|for\s+the\s+(?:past|last)\b|over\s+the\s+(?:past|last)\b|currently\b|right\s+now\b)/i;

export const isReason = (sentence: string): boolean => REASON.test(sentence);
export const isAboutSender = (sentence: string): boolean => FIRST_PERSON_START.test(sentence.trimStart());
