import Papa from "papaparse";
import type { RowWarning } from "../imported-contact";
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

export type CsvReadResult =
  | {
      ok: true;
      header: string[];
      headerLine: number;
      /** Lines of data rows holding U+FFFD, where decodeInput put bytes it could not read. */
      unreadable: number[];
    }
  | { ok: false; message: string };

/** A character no CSV here holds (decodeInput refuses NUL), so that Papa reads every quote as text. */
const NO_QUOTES = "\u0000";

/**
 * The lines of a row whose quote never closed where a field ends, each read on its own: with their quotes
 * as CSV if that reads cleanly, else with the quotes as plain text. Blank lines are dropped.
 */
function lineByLine(raw: string, firstLine: number): (CsvRow & { literal: boolean })[] {
  const rows: (CsvRow & { literal: boolean })[] = [];
  raw.split(/\r\n|\n|\r/).forEach((text, i) => {
    if (text === "") return;
    const quoted = Papa.parse<string[]>(text, { delimiter: "," });
    const literal = quoted.errors.length > 0;
    const cells = literal
      ? Papa.parse<string[]>(text, { delimiter: ",", quoteChar: NO_QUOTES }).data[0]
      : quoted.data[0];
    rows.push({ line: firstLine + i, cells: cells ?? [""], literal });
  });
  return rows;
}

/**
 * Reads a CSV file row by row with a real parser (quoted fields, commas and quotes inside them, CRLF or LF),
 * finds the header row by what it holds rather than by its position, and stops at once on a file that is
 * not a table of contacts. A quote left open (`Ana,"Ruiz,…`) would make the parser read on to the next
 * quote, however many rows later, and hand them over as one: such a row is read again line by line, and
 * its first line gets a warning in `warnings`.
 */
export function readCsv(
  text: string,
  isHeader: (cells: string[]) => boolean,
  describeHeader: string,
  onRow: (row: CsvRow, header: readonly string[]) => void,
  warnings: RowWarning[] = [],
): CsvReadResult {
  // Look for the header in the first lines before parsing the whole file, so that a large file of
  // something else fails at once.
  const probe = Papa.parse<string[]>(text.slice(0, PROBE_CHARS), { delimiter: ",", preview: HEADER_SEARCH_LINES });
  const wide = probe.data.findIndex((cells) => cells.length > MAX_COLUMNS);
  const found = probe.data.findIndex((cells) => isHeader(cells));
  if (found === -1 || (wide !== -1 && wide < found)) {
    if (wide !== -1)
      return {
        ok: false,
        message: `line ${wide + 1} has more than ${MAX_COLUMNS} columns; a contacts export has a few dozen at most`,
      };
    return { ok: false, message: `no header row with ${describeHeader} in the first ${HEADER_SEARCH_LINES} lines` };
  }
  let header: string[] | null = null;
  let headerLine = 0;
  let failure: string | null = null;
  let line = 1;
  let lastCursor = 0;
  let seen = 0;
  let rows = 0;

  const watchUnreadable = text.includes("\ufffd");
  const unreadable: number[] = [];

  /** One row as read; false when reading must stop. */
  const take = ({ line: rowLine, cells }: CsvRow): boolean => {
    seen++;
    if (cells.length > MAX_COLUMNS) {
      failure = `line ${rowLine} has ${cells.length.toLocaleString("en")} columns; a contacts export has a few dozen at most`;
      return false;
    }
    if (header === null) {
      if (isHeader(cells)) {
        header = cells.map((c) => c.trim());
        headerLine = rowLine;
      } else if (seen >= HEADER_SEARCH_LINES) {
        failure = `no header row with ${describeHeader} in the first ${HEADER_SEARCH_LINES} lines`;
        return false;
      }
      return true;
    }
    // Blank lines (a trailing newline, spacing) are not contacts.
    const blank = cells.length === 1 && cells[0] === "";
    if (!blank && ++rows > MAX_CONTACTS) {
      failure = tooManyContacts;
      return false;
    }
    if (watchUnreadable && cells.some((c) => c.includes("\ufffd"))) unreadable.push(rowLine);
    // Each row is handed on as it is read, so a 30,000-row file is never held twice.
    onRow({ line: rowLine, cells }, header);
    return true;
  };

  Papa.parse<string[]>(text, {
    delimiter: ",",
    skipEmptyLines: false,
    step(results, parser) {
      const cursor = results.meta.cursor;
      const rowLine = line;
      const start = lastCursor;
      // Count the line breaks this row consumed, so the next row knows its line number.
      for (let i = lastCursor; i < cursor; i++) if (text.charCodeAt(i) === 10) line++;
      lastCursor = cursor;
      if (results.errors.some((e) => e.type === "Quotes")) {
        const apart = lineByLine(text.slice(start, cursor), rowLine);
        const last = apart[apart.length - 1]?.line ?? rowLine;
        if (header !== null) {
          warnings.push({
            row: rowLine,
            message:
              last > rowLine
                ? `a quote opened in this row is not closed where a field ends, which would have joined lines ${rowLine}–${last} into one row; each line was read as a row of its own instead, so check this row's fields`
                : "a quote in this row is not where a field starts or ends; its fields were read as they stand, so check them",
          });
        }
        for (const row of last > rowLine ? apart : [{ line: rowLine, cells: results.data, literal: false }]) {
          if (row.literal && row.line > rowLine && header !== null) {
            warnings.push({
              row: row.line,
              message:
                "a quote in this row is not where a field starts or ends; its quotes were read as plain text, so check its fields",
            });
          }
          if (!take(row)) return parser.abort();
        }
        return;
      }
      if (!take({ line: rowLine, cells: results.data })) parser.abort();
    },
  });
  if (failure) return { ok: false, message: failure };
  if (header === null) return { ok: false, message: `no header row with ${describeHeader}` };
  return { ok: true, header, headerLine, unreadable };
}

/** Index of each wanted column by header name, matched without regard to case or spacing; -1 when absent. */
export function columnIndex(header: readonly string[], names: readonly string[]): number {
  const wanted = names.map((n) => n.toLowerCase().replace(/\s+/g, " "));
  return header.findIndex((h) => wanted.includes(h.toLowerCase().replace(/\s+/g, " ")));
}

export const cell = (cells: readonly string[], index: number): string =>
  index >= 0 ? (cells[index] ?? "").trim() : "";
