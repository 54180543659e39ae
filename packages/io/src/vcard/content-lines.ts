import { parsePropertyHead } from "./property-line";

/** Properties whose values are binary blobs we do not keep: their folded lines are read past, not joined. */
const BLOBS = /^(?:[\w-]+\.)?(?:PHOTO|LOGO|SOUND|KEY)[;:]/i;
const QP = /ENCODING=QUOTED-PRINTABLE|;QUOTED-PRINTABLE[;:]/i;

/**
 * The logical lines of a vCard file: folded lines (a line starting with a space or tab continues the one
 * before, whatever the line endings — LF, CRLF, CR, CR CR LF) joined, quoted-printable soft line breaks
 * (a line ending in "=") joined, and base64 photos skipped without ever being held whole.
 */
export function* contentLines(text: string): Generator<string> {
  let current: string | null = null;
  let blob = false;
  let softBreak = false;
  let start = 0;
  const length = text.length;
  while (start <= length) {
    let end = start;
    while (end < length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
    const line = text.slice(start, end);
    // CR CR LF, CRLF, CR and LF all end one line.
    let next = end;
    while (next < length && text.charCodeAt(next) === 13) next++;
    if (next < length && text.charCodeAt(next) === 10) next++;
    else if (next === end && end < length) next++;
    start = next === end ? length + 1 : next;

    const first = line.charCodeAt(0);
    if (softBreak && current !== null) {
      current += line;
      softBreak = current.endsWith("=");
      if (softBreak) current = current.slice(0, -1);
      continue;
    }
    if ((first === 32 || first === 9) && current !== null) {
      if (!blob) current += line.slice(1);
      continue;
    }
    if (blob && line.trim() !== "" && parsePropertyHead(line) === null) continue;
    if (current !== null) yield current;
    if (line === "") {
      current = null;
      blob = false;
      continue;
    }
    blob = BLOBS.test(line);
    current = blob ? line.slice(0, line.indexOf(":") + 1) : line;
    softBreak = !blob && QP.test(line.slice(0, line.indexOf(":") + 1 || undefined)) && current.endsWith("=");
    if (softBreak) current = current.slice(0, -1);
  }
  if (current !== null) yield current;
}
