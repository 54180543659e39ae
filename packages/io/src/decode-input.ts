import type { Result } from "@enlist/core";
import type { ImportError, TextEncoding } from "./imported-contact";
import { MAX_INPUT_BYTES } from "./limits";
import { utf8Validity } from "./utf8-validity";

const SIGNATURES: [string, number[]][] = [
  ["a PNG image", [0x89, 0x50, 0x4e, 0x47]],
  ["a JPEG image", [0xff, 0xd8, 0xff]],
  ["a PDF document", [0x25, 0x50, 0x44, 0x46]],
  ["a ZIP archive (an .xlsx or the whole LinkedIn export?)", [0x50, 0x4b, 0x03, 0x04]],
  ["a GIF image", [0x47, 0x49, 0x46, 0x38]],
];

const invalid = (message: string): Result<never, ImportError> => ({
  ok: false,
  error: { kind: "invalid-file", message },
});

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  /** Stretches of bytes that were not valid UTF-8 in a file read as UTF-8, each now a U+FFFD; absent when none. */
  invalidBytes?: number;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Windows-1252's 0x80–0x9F, where it differs from Latin-1 (€, curly quotes, dashes…); 0 where unassigned. */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0, 0,
  0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/**
 * Node 20's TextDecoder reads "windows-1252" as Latin-1, leaving €, ’ and – as control characters; those
 * are put right afterwards (a browser's decoder has already done it, and then nothing matches).
 */
const decodeWindows1252 = (bytes: Uint8Array): string =>
  new TextDecoder("windows-1252")
    .decode(bytes)
    .replace(/[\x80-\x9f]/g, (c) => String.fromCharCode(CP1252_HIGH[c.charCodeAt(0) - 0x80] || c.charCodeAt(0)));

/**
 * Text from a file's bytes (or text already decoded), with a clear error for what is not text at all:
 * an image renamed .csv, a spreadsheet, binary garbage. A byte-order mark picks UTF-16 and is dropped.
 * A file that is not UTF-8 throughout is read as whichever fits it better: Windows-1252 (the code page
 * Excel saves "CSV" in on Western Windows) when most of its non-ASCII bytes are not UTF-8, else UTF-8
 * with the few stray bytes replaced and counted, so one damaged row cannot garble thirty thousand names.
 */
function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < index; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

export function decodeInput(input: string | Uint8Array, what: string): Result<DecodedText, ImportError> {
  let text: string;
  let encoding: TextEncoding = "utf-8";
  let invalidBytes = 0;
  if (typeof input === "string") {
    if (input.length > MAX_INPUT_BYTES)
      return invalid(`the file is over ${MAX_INPUT_BYTES / 1024 / 1024} MB; ${what} files are far smaller`);
    text = input;
  } else {
    if (input.byteLength > MAX_INPUT_BYTES)
      return invalid(`the file is over ${MAX_INPUT_BYTES / 1024 / 1024} MB; ${what} files are far smaller`);
    for (const [name, bytes] of SIGNATURES) {
      if (bytes.every((b, i) => input[i] === b)) return invalid(`this is ${name}, not ${what}`);
    }
    if (input[0] === 0xff && input[1] === 0xfe) encoding = "utf-16le";
    else if (input[0] === 0xfe && input[1] === 0xff) encoding = "utf-16be";
    if (encoding !== "utf-8") text = new TextDecoder(encoding).decode(input);
    else {
      try {
        text = utf8.decode(input);
      } catch {
        const { valid, invalid } = utf8Validity(input);
        if (invalid > valid) {
          encoding = "windows-1252";
          text = decodeWindows1252(input);
        } else {
          text = new TextDecoder("utf-8").decode(input);
          invalidBytes = invalid;
        }
      }
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  for (const [name, bytes] of SIGNATURES) {
    if (bytes.every((b, i) => text.charCodeAt(i) === b || (i === 0 && b > 0x7f && text.charCodeAt(0) === 0xfffd))) {
      return invalid(`this is ${name}, not ${what}`);
    }
  }
  // Text files hold no NUL characters; a few in the first kilobytes mean binary data.
  const head = text.slice(0, 8192);
  let nul = 0;
  for (let i = 0; i < head.length; i++) if (head.charCodeAt(i) === 0) nul++;
  if (nul > 0) return invalid(`this is binary data, not ${what}`);
  // One further in (a damaged row) would be stored on SQLite and refused by PostgreSQL: name its line.
  const at = text.indexOf("\u0000", head.length);
  if (at !== -1)
    return invalid(
      `line ${lineOf(text, at)} holds a NUL character (byte 0), which no ${what} holds; the file may be damaged`,
    );
  return { ok: true, value: invalidBytes > 0 ? { text, encoding, invalidBytes } : { text, encoding } };
}
