/**
 * Words of a stretch of text, lower-cased with curly apostrophes made straight, with their UTF-16 offsets.
 * The ask reader matches these against its lexicons instead of running phrase patterns over the text, so
 * that inflections and synonyms are words in a list and the text is walked once.
 */
export interface Token {
  start: number;
  end: number;
  /** Lower case, "’" as "'"; a possessive "'s" is dropped ("today's" → "today"). */
  w: string;
}

const isLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 0xc0 && c < 0x2000 && c !== 0xd7 && c !== 0xf7);
const isApostrophe = (c: number) => c === 39 || c === 0x2019;

export function tokenize(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  let i = from;
  while (i < to) {
    let c = text.charCodeAt(i);
    if (!isLetter(c)) {
      i++;
      continue;
    }
    const start = i;
    // Letters, and apostrophes between letters ("I'd"); a hyphen separates ("30-minute" is "30", "minute").
    while (i < to) {
      c = text.charCodeAt(i);
      if (isLetter(c)) i++;
      else if (isApostrophe(c) && i + 1 < to && isLetter(text.charCodeAt(i + 1))) i++;
      else break;
    }
    let w = text.slice(start, i).toLowerCase();
    if (w.indexOf("’") !== -1) w = w.replace(/’/g, "'");
    if (w.endsWith("'s") && w !== "let's" && w !== "it's" && w !== "that's" && w !== "what's" && w !== "how's" && w !== "there's" && w !== "who's" && w !== "here's") w = w.slice(0, -2);
    out.push({ start, end: i, w });
  }
  return out;
}
