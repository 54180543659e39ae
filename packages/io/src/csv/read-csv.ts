import Papa from "papaparse";
import { MAX_CONTACTS, tooManyContacts } from "../limits";

/** No contacts export has anywhere near this many columns; a row with more is not one. */
export const MAX_COLUMNS = 500;
/** How far down the file the header row may sit (LinkedIn puts a few lines of notes above it). */
export const HEADER_SEARCH_LINES = 50;
/** How much of the file the header search reads. */
const PROBE_CHARS = 256 * 1024;

export interface CsvRow {
  /** 1-based line of the file where the row starts. */
  line: number;
  cells: string[];
}

export type CsvReadResult = { ok: true; header: string[]; headerLine: number } | { ok: false; message: string };

/**
 * Reads a CSV file row by row with a real parser (quoted fields, commas and quotes inside them, CRLF or LF),
 * finds the header row by what it holds rather than by its position, and stops at once on a file that is
 * not a table of contacts.
 */
export function readCsv(
  text: string,
  isHeader: (cells: string[]) => boolean,
  describeHeader: string,
  onRow: (row: CsvRow, header: readonly string[]) => void,
): CsvReadResult {
  // Look for the header in the first lines before parsing the whole file, so that a large file of
  // something else fails at once.
  const probe = Papa.parse<string[]>(text.slice(0, PROBE_CHARS), { delimiter: ",", preview: HEADER_SEARCH_LINES });
  const wide = probe.data.findIndex((cells) => cells.length > MAX_COLUMNS);
  const found = probe.data.findIndex((cells) => isHeader(cells));
  if (found === -1 || (wide !== -1 && wide < found)) {
    if (wide !== -1) return { ok: false, message: `line ${wide + 1} has more than ${MAX_COLUMNS} columns; a contacts export has a few dozen at most` };
    return { ok: false, message: `no header row with ${describeHeader} in the first ${HEADER_SEARCH_LINES} lines` };
  }
  let header: string[] | null = null;
  let headerLine = 0;
  let failure: string | null = null;
  let line = 1;
  let lastCursor = 0;
  let seen = 0;
  let rows = 0;

  Papa.parse<string[]>(text, {
    delimiter: ",",
    skipEmptyLines: false,
    step(results, parser) {
      const cursor = results.meta.cursor;
      const rowLine = line;
      // Count the line breaks this row consumed, so the next row knows its line number.
      for (let i = lastCursor; i < cursor; i++) if (text.charCodeAt(i) === 10) line++;
      lastCursor = cursor;
      const cells = results.data;
      seen++;
      if (cells.length > MAX_COLUMNS) {
        failure = `line ${rowLine} has ${cells.length.toLocaleString("en")} columns; a contacts export has a few dozen at most`;
        parser.abort();
        return;
      }
      if (header === null) {
        if (isHeader(cells)) {
          header = cells.map((c) => c.trim());
          headerLine = rowLine;
        } else if (seen >= HEADER_SEARCH_LINES) {
          failure = `no header row with ${describeHeader} in the first ${HEADER_SEARCH_LINES} lines`;
          parser.abort();
        }
        return;
      }
      // Blank lines (a trailing newline, spacing) are not contacts.
      const blank = cells.length === 1 && cells[0] === "";
      if (!blank && ++rows > MAX_CONTACTS) {
        failure = tooManyContacts;
        parser.abort();
        return;
      }
      // Each row is handed on as it is read, so a 30,000-row file is never held twice.
      onRow({ line: rowLine, cells }, header);
    },
  });
  if (failure) return { ok: false, message: failure };
  if (header === null) return { ok: false, message: `no header row with ${describeHeader}` };
  return { ok: true, header, headerLine };
}

/** Index of each wanted column by header name, matched without regard to case or spacing; -1 when absent. */
export function columnIndex(header: readonly string[], names: readonly string[]): number {
  const wanted = names.map((n) => n.toLowerCase().replace(/\s+/g, " "));
  return header.findIndex((h) => wanted.includes(h.toLowerCase().replace(/\s+/g, " ")));
}

export const cell = (cells: readonly string[], index: number): string => (index >= 0 ? (cells[index] ?? "").trim() : "");
