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
  /** Sentences of the message proper, after the greeting. */
  sentences: Sentence[];
  /** Words of the message proper, the greeting included. */
  words: number;
  /** Offset just past the `limit`-th word, or -1 when there are not that many. */
  wordOffset(limit: number): number;
}

const GREETING =
  /^[ \t]*(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|greetings|hiya|howdy)\b[ \t,]*((?:(?:mr|mrs|ms|mx|dr|prof)\.?[ \t]+)?[\p{L}][\p{L}'’.-]*(?:[ \t]+[\p{L}][\p{L}'’.-]*)?)?[ \t]*[,!:.—–-]?[ \t]*$/imu;
const NOT_A_NAME = /^(?:there|team|all|everyone|everybody|folks|friend|friends|again|sir|madam|sir or madam|hiring team|you)$/i;
const SIGN_OFF =
  /^[ \t]*(?:best|best wishes|thanks|thank you|thanks so much|thanks again|many thanks|cheers|regards|best regards|kind regards|warm regards|warmly|sincerely|all the best|talk soon|yours|yours truly|respectfully|gratefully|with thanks|with gratitude|thx|take care)[ \t]*[,.!]?[ \t]*$/im;
const QUOTE_START = /^(?:>|On .{3,200}wrote:[ \t]*$|-{2,}[ \t]*Original Message|From:[ \t].+@)/m;
const SIGNATURE_DASHES = /^--[ \t]*$/m;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’_-]*/gu;

function firstMatchIndex(re: RegExp, text: string, from: number): number {
  re.lastIndex = 0;
  const rest = from === 0 ? text : text.slice(from);
  const m = re.exec(rest);
  return m ? from + m.index : -1;
}

/** A sign-off counts only near the end: "Thanks," on line one is a greeting of sorts, not a signature. */
function signOffStart(text: string, end: number): number {
  const head = text.slice(0, end);
  const re = new RegExp(SIGN_OFF.source, "gim");
  let found = -1;
  for (let m = re.exec(head); m; m = re.exec(head)) {
    const after = head.slice(m.index + m[0].length);
    const linesAfter = after.split("\n").filter((l) => l.trim()).length;
    if (linesAfter <= 6 && m.index > 0) {
      found = m.index;
      break;
    }
  }
  return found;
}

function splitSentences(text: string, from: number, to: number): Sentence[] {
  const out: Sentence[] = [];
  let start = from;
  const flush = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s] as string)) s++;
    while (e > s && /\s/.test(text[e - 1] as string)) e--;
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
  };
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (ch === "\n") {
      flush(i);
      start = i + 1;
    } else if (ch === "." || ch === "!" || ch === "?" || ch === "…") {
      let j = i + 1;
      while (j < to && /[.!?…"'”’)]/.test(text[j] as string)) j++;
      // An abbreviation ("Dr. Lee", "e.g. this") does not end a sentence; a space then a capital or a break does.
      const next = text[j];
      const word = /(?:^|\s)(?:dr|mr|mrs|ms|prof|e\.g|i\.e|p\.s|etc|vs|st|no|approx)\.$/i.test(text.slice(Math.max(from, i - 6), i + 1));
      if (j >= to || next === "\n" || (next !== undefined && /\s/.test(next) && !word)) {
        flush(j);
        start = j;
        i = j - 1;
      }
    }
  }
  flush(to);
  return out;
}

export function analyse(text: string): Anatomy {
  const quote = firstMatchIndex(QUOTE_START, text, 0);
  let bodyEnd = quote === -1 ? text.length : quote;
  const dashes = firstMatchIndex(SIGNATURE_DASHES, text.slice(0, bodyEnd), 0);
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
      name: nameText && nameStart !== -1 && !NOT_A_NAME.test(nameText) ? { start: nameStart, end: nameStart + nameText.length, text: nameText } : null,
    };
    sentencesFrom = firstLine.length;
  }
  const sentences = splitSentences(text, sentencesFrom, Math.max(sentencesFrom, bodyEnd));

  const ends: number[] = [];
  const body = text.slice(0, bodyEnd);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(body); m; m = WORD.exec(body)) ends.push(m.index + m[0].length);
  return {
    text,
    greeting,
    bodyEnd,
    sentences,
    words: ends.length,
    wordOffset: (limit) => (limit >= 1 && limit <= ends.length ? (ends[limit - 1] as number) : -1),
  };
}
