import type { Result } from "@enlist/core";
import type { ImportError } from "./imported-contact";

/** Files larger than this are refused before parsing: a 30,000-row LinkedIn export is about 3 MB. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

const SIGNATURES: [string, number[]][] = [
  ["a PNG image", [0x89, 0x50, 0x4e, 0x47]],
  ["a JPEG image", [0xff, 0xd8, 0xff]],
  ["a PDF document", [0x25, 0x50, 0x44, 0x46]],
  ["a ZIP archive (an .xlsx or the whole LinkedIn export?)", [0x50, 0x4b, 0x03, 0x04]],
  ["a GIF image", [0x47, 0x49, 0x46, 0x38]],
];

const invalid = (message: string): Result<never, ImportError> => ({ ok: false, error: { kind: "invalid-file", message } });

/**
 * Text from a file's bytes (or text already decoded), with a clear error for what is not text at all:
 * an image renamed .csv, a spreadsheet, binary garbage. A UTF-8 byte-order mark is dropped.
 */
export function decodeInput(input: string | Uint8Array, what: string): Result<string, ImportError> {
  let text: string;
  if (typeof input === "string") {
    if (input.length > MAX_INPUT_BYTES) return invalid(`the file is over ${MAX_INPUT_BYTES / 1024 / 1024} MB; ${what} files are far smaller`);
    text = input;
  } else {
    if (input.byteLength > MAX_INPUT_BYTES) return invalid(`the file is over ${MAX_INPUT_BYTES / 1024 / 1024} MB; ${what} files are far smaller`);
    for (const [name, bytes] of SIGNATURES) {
      if (bytes.every((b, i) => input[i] === b)) return invalid(`this is ${name}, not ${what}`);
    }
    if (input[0] === 0xff && input[1] === 0xfe) text = new TextDecoder("utf-16le").decode(input);
    else if (input[0] === 0xfe && input[1] === 0xff) text = new TextDecoder("utf-16be").decode(input);
    else text = new TextDecoder("utf-8").decode(input);
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
  return { ok: true, value: text };
}
