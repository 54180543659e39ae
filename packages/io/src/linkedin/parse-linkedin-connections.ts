import type { Result } from "@enlist/core";
import { assemble, type ImportOptions, type RawContact } from "../assemble";
import { cell, columnIndex, readCsv } from "../csv/read-csv";
import { decodeInput } from "../decode-input";
import type { ImportError, ImportResult, RowWarning, SkippedRow } from "../imported-contact";
import { parseConnectedOn } from "./connected-on";

/** "Maya (she/her) Patel" → "Maya Patel": pronouns belong in a profile, not in "Hi Maya (she/her),". */
const withoutPronouns = (name: string) =>
  name
    .replace(/\s*\((?:she|he|they|ze|xe|ey)\s*\/\s*\w+(?:\s*\/\s*\w+)?\)/gi, "")
    .replace(/\s+/g, " ")
    .trim();

const isLinkedInHeader = (cells: string[]) => {
  const names = new Set(cells.map((c) => c.trim().toLowerCase()));
  return names.has("first name") && names.has("last name");
};

/**
 * Reads LinkedIn's `Connections.csv` (Settings → Get a copy of your data → Connections): finds the header
 * after the `Notes:` preamble, matches columns by name (their order varies, older exports have no URL),
 * and turns each row into a contact. Rows without a name are skipped and reported; bad e-mails and dates
 * are left out with a warning.
 */
export function parseLinkedInConnections(
  input: string | Uint8Array,
  options: ImportOptions = {},
): Result<ImportResult, ImportError> {
  const text = decodeInput(input, "a LinkedIn Connections.csv export");
  if (!text.ok) return text;
  const raws: RawContact[] = [];
  const skipped: SkippedRow[] = [];
  const warnings: RowWarning[] = [];
  let rows = 0;
  let col: Record<"first" | "last" | "url" | "email" | "company" | "position" | "connectedOn", number> | null = null;
  const csv = readCsv(
    text.value.text,
    isLinkedInHeader,
    '"First Name" and "Last Name" (LinkedIn\'s Connections.csv)',
    ({ line, cells }, h) => {
      col ??= {
        first: columnIndex(h, ["First Name"]),
        last: columnIndex(h, ["Last Name"]),
        url: columnIndex(h, ["URL", "Profile URL"]),
        email: columnIndex(h, ["Email Address", "E-mail Address", "Email"]),
        company: columnIndex(h, ["Company"]),
        position: columnIndex(h, ["Position", "Title"]),
        connectedOn: columnIndex(h, ["Connected On"]),
      };
      if (cells.length === 1 && cells[0] === "") return;
      rows++;
      const name = withoutPronouns(`${cell(cells, col.first)} ${cell(cells, col.last)}`);
      if (!name) {
        skipped.push({
          row: line,
          reason: cells.some((c) => c.trim()) ? "no first or last name (the member hid their details)" : "empty row",
        });
        return;
      }
      const url = cell(cells, col.url);
      const isProfile = /^https?:\/\/([\w-]+\.)?linkedin\.com\//i.test(url);
      const date = cell(cells, col.connectedOn);
      const connectedOn = date ? parseConnectedOn(date) : null;
      if (date && !connectedOn)
        warnings.push({ row: line, message: `"${date}" is not a date; the connection date was left out` });
      if (url && !isProfile)
        warnings.push({ row: line, message: `"${url}" is not a LinkedIn profile address; left out` });
      const email = cell(cells, col.email);
      const company = cell(cells, col.company);
      const role = cell(cells, col.position);
      const raw: RawContact = { row: line, name, emails: email ? [email] : [], phones: [] };
      if (url && isProfile) raw.linkedInUrl = url;
      if (company) raw.company = company;
      if (role) raw.role = role;
      if (connectedOn) raw.connectedOn = connectedOn;
      raws.push(raw);
    },
    warnings,
  );
  if (!csv.ok) return { ok: false, error: { kind: "invalid-file", message: csv.message } };
  return {
    ok: true,
    value: assemble(
      "linkedin-csv",
      {
        rows,
        raws,
        skipped,
        warnings,
        encoding: text.value.encoding,
        invalidBytes: text.value.invalidBytes,
        unreadableRows: csv.unreadable,
      },
      options,
      options.defaultTie ?? "weak",
    ),
  };
}
