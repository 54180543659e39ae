/**
 * The parts of a drafted message the rules look at: greeting, sentences, the end of the message proper
 * (before a sign-off, signature or quoted reply), with UTF-16 offsets into the original text.
 */
export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  text: string;
}

export interface Greeting extends Span {
  /** The name the greeting addresses, when it names one. */
  name: (Span & { text: string }) | null;
}

export interface Anatomy {
  text: string;
  greeting: Greeting | null;
  /** Where the message proper ends: a sign-off line, a signature or a quoted reply starts here. */
  bodyEnd: number;
  /**
   * The sender's own words, where phrase rules look: the message proper, and a postscript under the
   * signature when there is one ("P.S. I need to hear back by Friday" presses as much as the body does).
   */
  prose: Span[];
  /** A quoted reply follows the message ("On Tue, … wrote:", "> …"): it answers one before it. */
  quoted: boolean;
  /** Sentences of the message proper, after the greeting. */
  sentences: Sentence[];
  /** Words of the message proper, the greeting included. */
  words: number;
  /** Offset just past the `limit`-th word, or -1 when there are not that many. */
  wordOffset(limit: number): number;
}

const GREETING =
  /^[ \t]*(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|greetings|hiya|howdy)\b[ \t,]*((?:(?:mr|mrs|ms|mx|dr|prof)\.?[ \t]+)?[\p{L}][\p{L}'’.-]*(?:[ \t]+[\p{L}][\p{L}'’.-]*)?)?[ \t]*[,!:.—–-]?[ \t]*$/imu;
const NOT_A_NAME =
  /^(?:there|team|all|everyone|everybody|folks|friend|friends|again|sir|madam|sir or madam|hiring team|you)$/i;
const SIGN_OFF =
  /^[ \t]*(?:best|best wishes|thanks|thank you|thanks so much|thanks again|many thanks|cheers|regards|best regards|kind regards|warm regards|warmly|sincerely|all the best|talk soon|yours|yours truly|respectfully|gratefully|with thanks|with gratitude|thx|take care)[ \t]*[,.!]?[ \t]*$/gim;
const POSTSCRIPT = /^[ \t]*p\.?\s?s\.?(?=[\s:,-])/im;
const QUOTE_START = /^(?:>|On .{3,200}wrote:[ \t]*$|-{2,}[ \t]*Original Message|From:[ \t].+@)/m;
const SIGNATURE_DASHES = /^--[ \t]*$/m;
const ABBREVIATION = /(?:^|\s)(?:dr|mr|mrs|ms|prof|e\.g|i\.e|p\.s|etc|vs|v|st|no|approx)\.$/i;
/** Lines a signature may run to below its sign-off. */
const SIGNATURE_LINES = 6;

const isSpace = (c: number) =>
  c === 32 || c === 10 || c === 9 || c === 13 || c === 160 || c === 0x2028 || c === 0x2029 || c === 0x3000;
/** Closing marks that may follow a full stop before the sentence really ends: `."`, `?)`, `!’`. */
const isCloser = (c: number) =>
  c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41;
/** Letters, digits and anything outside ASCII but spaces and general punctuation: words of any script. */
const isWordChar = (c: number) =>
  (c >= 97 && c <= 122) ||
  (c >= 65 && c <= 90) ||
  (c >= 48 && c <= 57) ||
  (c >= 0xc0 && !isSpace(c) && (c < 0x2000 || c > 0x206f) && (c < 0xd800 || c > 0xdfff));
const isJoiner = (c: number) => c === 39 || c === 0x2019 || c === 95 || c === 45;

function firstMatchIndex(re: RegExp, text: string): number {
  const m = re.exec(text);
  return m ? m.index : -1;
}

/**
 * A greeting that opens the first line and runs on into the message, as short notes are written: "Hi Carol —
 * I loved your talk…". The comma or dash after the name is required, so that the name's end is known.
 */
const INLINE_GREETING =
  /^[ \t]*(?:hi|hello|hey|dear|hiya)[ \t]+((?:(?:mr|mrs|ms|mx|dr|prof)\.?[ \t]+)?[\p{L}][\p{L}'’.-]*(?:[ \t]+[\p{L}][\p{L}'’.-]*)?)[ \t]*(?:,|[—–]|[ \t]-[ \t])[ \t]*(?=\S)/iu;

/** A sign-off counts only near the end: "Thanks," on line one is a greeting of sorts, not a signature. */
function signOffStart(text: string, end: number): number {
  const head = end === text.length ? text : text.slice(0, end);
  SIGN_OFF.lastIndex = 0;
  for (let m = SIGN_OFF.exec(head); m; m = SIGN_OFF.exec(head)) {
    if (m.index === 0) continue;
    let lines = 0;
    let blank = true;
    for (let i = m.index + m[0].length; i < head.length && lines <= SIGNATURE_LINES; i++) {
      const c = head.charCodeAt(i);
      if (c === 10) {
        if (!blank) lines++;
        blank = true;
      } else if (!isSpace(c)) blank = false;
    }
    if (!blank) lines++;
    if (lines <= SIGNATURE_LINES) return m.index;
  }
  return -1;
}

interface Scan {
  sentences: Sentence[];
  words: number;
}

/**
 * One pass over the message proper: sentence boundaries (full stops, question marks, line breaks) from
 * `from`, and word ends from 0. One loop, because this runs on every keystroke.
 */
function scan(text: string, from: number, to: number): Scan {
  const sentences: Sentence[] = [];
  let words = 0;
  let start = from;
  let inWord = false;
  for (let i = 0; i < to; i++) {
    const c = text.charCodeAt(i);
    // Most characters are lower-case letters or spaces: tested first, before the general tests.
    if ((c >= 97 && c <= 122) || isWordChar(c) || (inWord && isJoiner(c))) inWord = true;
    else if (inWord) {
      words++;
      inWord = false;
    }
    // Only line breaks and stops (".", "!", "?", "…") end a sentence; every other mark is passed here.
    if ((c > 63 && c !== 0x2026) || i < from) continue;
    if (c === 10) {
      pushSentence(sentences, text, start, i);
      start = i + 1;
    } else if (c === 46 || c === 33 || c === 63 || c === 0x2026) {
      const j = sentenceEnd(text, from, to, i);
      if (j !== -1) {
        pushSentence(sentences, text, start, j);
        start = j;
        i = j - 1;
      }
    }
  }
  if (inWord) words++;
  pushSentence(sentences, text, start, to);
  return { sentences, words };
}

/**
 * Where the sentence ends when the stop at `i` ends it (past any closing marks), or -1: it ends one when a
 * space or a line break follows and it closes no abbreviation.
 */
function sentenceEnd(text: string, from: number, to: number, i: number): number {
  let j = i + 1;
  while (j < to && isCloser(text.charCodeAt(j))) j++;
  // An abbreviation ("Dr. Lee", "e.g. this") does not end a sentence; a space or a line break does.
  const next = j < to ? text.charCodeAt(j) : -1;
  const c = text.charCodeAt(i);
  // "1. Did you retrain?": a list item's number, at the start of its line, is no sentence of its own.
  if (c === 46 && next !== 10 && isListNumber(text, i)) return -1;
  const ends =
    next === -1 ||
    next === 10 ||
    (isSpace(next) && !(c === 46 && ABBREVIATION.test(text.slice(Math.max(from, i - 6), i + 1))));
  return ends ? j : -1;
}

/** One or two digits between the start of a line and the stop at `i`. */
function isListNumber(text: string, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && k >= i - 2 && text.charCodeAt(k) >= 48 && text.charCodeAt(k) <= 57) k--;
  if (k === i - 1) return false;
  while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k--;
  return k < 0 || text.charCodeAt(k) === 10;
}

/** The stretch from `s` to `e`, its spaces trimmed, as a sentence when anything is left. */
function pushSentence(out: Sentence[], text: string, s: number, e: number): void {
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
}

/**
 * Offset just past the `limit`-th word, or -1 when there are fewer. Walked again only when a rule needs it
 * (a message over its length), so the scan on every keystroke keeps no list of word ends.
 */
function wordEndAt(text: string, end: number, limit: number): number {
  if (limit < 1) return -1;
  let count = 0;
  let inWord = false;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isWordChar(c) || (inWord && isJoiner(c))) inWord = true;
    else if (inWord) {
      inWord = false;
      if (++count === limit) return i;
    }
  }
  return inWord && count + 1 === limit ? end : -1;
}

export function analyse(text: string): Anatomy {
  const quote = firstMatchIndex(QUOTE_START, text);
  let bodyEnd = quote === -1 ? text.length : quote;
  const dashes = firstMatchIndex(SIGNATURE_DASHES, bodyEnd === text.length ? text : text.slice(0, bodyEnd));
  if (dashes !== -1) bodyEnd = dashes;
  const signOff = signOffStart(text, bodyEnd);
  if (signOff !== -1) bodyEnd = signOff;

  let greeting: Greeting | null = null;
  const firstLineEnd = text.indexOf("\n");
  const firstLine = text.slice(0, firstLineEnd === -1 ? text.length : firstLineEnd);
  const g = GREETING.exec(firstLine);
  let sentencesFrom = 0;
  if (g && firstLine.length <= 60) {
    const nameText = g[1]?.replace(/[.,!:]+$/, "");
    const nameStart = nameText ? firstLine.indexOf(nameText, g[0].search(/\S/) + 2) : -1;
    greeting = {
      start: 0,
      end: firstLine.length,
      name:
        nameText && nameStart !== -1 && !NOT_A_NAME.test(nameText)
          ? { start: nameStart, end: nameStart + nameText.length, text: nameText }
          : null,
    };
    sentencesFrom = firstLine.length;
  } else {
    const inline = INLINE_GREETING.exec(firstLine);
    const nameText = inline?.[1]?.replace(/[.-]+$/, "");
    if (inline && nameText && !NOT_A_NAME.test(nameText)) {
      const nameStart = firstLine.indexOf(nameText, inline[0].search(/\S/) + 2);
      greeting = {
        start: 0,
        end: inline[0].length,
        name: { start: nameStart, end: nameStart + nameText.length, text: nameText },
      };
      sentencesFrom = inline[0].length;
    }
  }
  const { sentences, words } = scan(text, sentencesFrom, Math.max(sentencesFrom, bodyEnd));
  // A postscript under the signature is read with the message: requests are often put there.
  const ps = POSTSCRIPT.exec(text.slice(bodyEnd, quote === -1 ? text.length : quote));
  const prose: Span[] = [{ start: 0, end: bodyEnd }];
  if (ps) {
    const from = bodyEnd + ps.index;
    const after = text.indexOf("\n\n", from);
    const to = Math.min(after === -1 ? text.length : after, quote === -1 ? text.length : quote);
    const more = scan(text, from, to);
    // Its words are left out of the count, as the signature's are: length is judged on the message proper.
    for (const sentence of more.sentences) sentences.push(sentence);
    prose.push({ start: from, end: to });
  }
  return {
    text,
    greeting,
    bodyEnd,
    prose,
    quoted: quote !== -1,
    sentences,
    words,
    wordOffset: (limit) => wordEndAt(text, bodyEnd, limit),
  };
}
