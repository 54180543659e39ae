/** A reason for writing: "I'm reaching out because…", "I'm moving from teaching into…". */
export const REASON =
  /\bi(?:'|’)?m\s+(?:writing|reaching\s+out|contacting\s+you|emailing|messaging|getting\s+in\s+touch)\b|\bi\s+am\s+(?:writing|reaching\s+out|contacting)\b|\b(?:the\s+)?reason\s+i(?:'|’)?m\s+writing\b|\bi(?:'|’)?m\s+(?:moving|transitioning|switching|pivoting|changing|exploring|making\s+(?:a|the)\s+(?:move|switch|jump))\b|\bi\s+am\s+(?:moving|transitioning|switching|exploring)\b|\bi(?:'|’)?ve\s+(?:been|spent)\s+\w+|\bi\s+have\s+(?:been|spent)\b|\bi(?:'|’)?m\s+(?:a|an)\s+\w+|\bi\s+(?:work|teach|lead|run|manage)\s+(?:as|at|in)\b|\bafter\s+(?:\w+\s+){0,3}years\b|\bi(?:'|’)?m\s+(?:hoping|looking)\s+to\s+(?:move|break|get)\s+into\b|\bas\s+(?:a|an)\s+\w+\s+(?:moving|looking|who)\b|\bi(?:'|’)?m\s+(?:about|planning|trying|preparing|getting\s+ready)\s+to\b|\bmaking\s+(?:a|the)\s+(?:same\s+|similar\s+)?(?:move|switch|jump|transition|change)\b|\bwe\s+(?:were\s+both|both|met|worked|studied)\b|\bi\s+(?:saw|noticed|read|heard)\s+(?:that\s+)?you\b|\b(?:mutual|shared)\s+(?:friend|connection|contact)\b|\bsuggested\s+(?:i|that\s+i)\s+(?:write|reach|contact|get)\b/i;

const FIRST_PERSON_START =
  /^(?:p\.?s\.?\s*)?(?:i\b|i(?:'|’)|my\b|me\b|since\b|after\b|before\b|for\s+the\s+(?:past|last)\b|over\s+the\s+(?:past|last)\b|currently\b|right\s+now\b)/i;

export const isReason = (sentence: string): boolean => REASON.test(sentence);
export const isAboutSender = (sentence: string): boolean => FIRST_PERSON_START.test(sentence.trimStart());
