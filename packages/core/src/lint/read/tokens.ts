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

const isLetter = (c: number) =>
  (c >= 97 && c <= 122) ||
  (c >= 65 && c <= 90) ||
  (c >= 48 && c <= 57) ||
  (c >= 0xc0 && c < 0x2000 && c !== 0xd7 && c !== 0xf7);
const isApostrophe = (c: number) => c === 39 || c === 0x2019;

/**
 * The text lower-cased with "’" as "'", once per message: both keep every UTF-16 offset, so words are cut
 * from it directly instead of being lower-cased one by one.
 */
export function foldCase(text: string): string {
  const lower = text.toLowerCase();
  // Lower-casing can change the length ("İ"); then words are taken from the text as written.
  if (lower.length !== text.length) return text;
  return lower.indexOf("’") === -1 ? lower : lower.replace(/’/g, "'");
}

export function tokenize(text: string, from: number, to: number, folded: string = foldCase(text)): Token[] {
  const out: Token[] = [];
  const exact = folded !== text;
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
    let w = exact ? folded.slice(start, i) : text.slice(start, i).toLowerCase().replace(/’/g, "'");
    if (
      w.endsWith("'s") &&
      w !== "let's" &&
      w !== "it's" &&
      w !== "that's" &&
      w !== "what's" &&
      w !== "how's" &&
      w !== "there's" &&
      w !== "who's" &&
      w !== "here's"
    )
      w = w.slice(0, -2);
    out.push({ start, end: i, w });
  }
  return out;
}
