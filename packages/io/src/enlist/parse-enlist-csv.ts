import { CIRCLE_IDS, CONTACT_STATUSES, IsoDate, TIES, type Result } from "@enlist/core";
import { assemble, type ImportOptions, type RawContact } from "../assemble";
import { columnIndex, readCsv } from "../csv/read-csv";
import { decodeInput } from "../decode-input";
import { FORMULA_START } from "../export/to-csv";
import type { ImportError, ImportResult, RowWarning, SkippedRow } from "../imported-contact";

/** The header toCsv writes: Name, Circle and Tie come first in no other export. */
export const isEnlistHeader = (cells: readonly string[]) => {
  const [a, b, c] = cells.map((x) => x.trim().toLowerCase());
  return a === "name" && b === "circle" && c === "tie";
};

const COLUMNS = {
  name: "Name",
  circle: "Circle",
  tie: "Tie",
  status: "Status",
  company: "Company",
  role: "Role",
  field: "Field",
  email: "Email",
  linkedInUrl: "LinkedIn URL",
  connection: "Connection",
  from: "Transition From",
  to: "Transition To",
  colleague: "Current Colleague",
  notes: "Research Notes",
  trusted: "Trusted",
  connectedOn: "Connected On",
  archived: "Archived",
  checkInWeeks: "Check In Weeks",
  id: "Id",
} as const;

/** A cell as toCsv meant it: the apostrophe it put before a formula start taken off again. */
const unguard = (value: string) => (FORMULA_START.test(value) && value.startsWith("'") ? value.slice(1) : value);

const oneOf = <T extends string>(values: readonly T[], value: string): value is T =>
  (values as readonly string[]).includes(value);

/**
 * Reads Enlist's own CSV export (toCsv) back: every field as it was written, so `parseEnlistCsv(toCsv(x))`
 * gives back x, ids included (they let a re-import into the same Enlist know each contact). Values are not
 * trimmed: they are what Enlist stored. A circle, tie or status that is not one of Enlist's (an edit in a
 * spreadsheet) is left out with a warning — a circle is then suggested, a tie defaulted.
 */
export function parseEnlistCsv(
  input: string | Uint8Array,
  options: ImportOptions = {},
): Result<ImportResult, ImportError> {
  const text = decodeInput(input, "an Enlist CSV export");
  if (!text.ok) return text;
  const raws: RawContact[] = [];
  const skipped: SkippedRow[] = [];
  const warnings: RowWarning[] = [];
  let rows = 0;
  let col: Record<keyof typeof COLUMNS, number> | null = null;
  const csv = readCsv(
    text.value.text,
    isEnlistHeader,
    '"Name", "Circle" and "Tie" (Enlist\'s CSV export)',
    ({ line, cells }, h) => {
      col ??= Object.fromEntries(Object.entries(COLUMNS).map(([k, name]) => [k, columnIndex(h, [name])])) as Record<
        keyof typeof COLUMNS,
        number
      >;
      if (cells.length === 1 && cells[0] === "") return;
      rows++;
      const at = (key: keyof typeof COLUMNS) => unguard(col && col[key] >= 0 ? (cells[col[key]] ?? "") : "");
      const name = at("name");
      if (!name.trim()) {
        skipped.push({ row: line, reason: cells.some((c) => c.trim()) ? "no name" : "empty row" });
        return;
      }
      const raw: RawContact = { row: line, name, emails: at("email") ? [at("email")] : [], phones: [], own: true };
      const circle = at("circle").trim();
      if (oneOf(CIRCLE_IDS, circle)) raw.circle = circle;
      else
        warnings.push({
          row: line,
          message: `"${circle}" is not a circle (backers, leaders or pathfinders); one is suggested instead`,
        });
      const tie = at("tie").trim();
      if (oneOf(TIES, tie)) raw.tie = tie;
      else warnings.push({ row: line, message: `"${tie}" is not a tie Enlist knows; the default was given` });
      const status = at("status").trim();
      if (oneOf(CONTACT_STATUSES, status)) raw.status = status;
      else if (status) warnings.push({ row: line, message: `"${status}" is not a status Enlist knows; left out` });
      for (const [key, column, heading] of [
        ["currentColleague", "colleague", "Current Colleague"],
        ["trusted", "trusted", "Trusted"],
        ["archived", "archived", "Archived"],
      ] as const) {
        const value = at(column).trim().toLowerCase();
        if (value === "yes" || value === "no") raw[key] = value === "yes";
        else if (value)
          warnings.push({ row: line, message: `"${value}" under ${heading} is neither yes nor no; left out` });
      }
      const connectedOn = at("connectedOn").trim();
      if (connectedOn && IsoDate.safeParse(connectedOn).success) raw.connectedOn = connectedOn;
      else if (connectedOn)
        warnings.push({
          row: line,
          message: `"${connectedOn}" under Connected On is not a date (2024-03-05); left out`,
        });
      const weeks = at("checkInWeeks").trim();
      if (/^\d{1,2}$/.test(weeks) && Number(weeks) >= 1 && Number(weeks) <= 52) raw.checkInWeeks = Number(weeks);
      else if (weeks)
        warnings.push({
          row: line,
          message: `"${weeks}" under Check In Weeks is not a number of weeks from 1 to 52; left out`,
        });
      const from = at("from");
      const to = at("to");
      if (from && to) raw.transition = { from, to };
      else if (from || to)
        warnings.push({
          row: line,
          message: "a transition needs both the field they left and the one they moved into; left out",
        });
      for (const [key, column] of [
        ["company", "company"],
        ["role", "role"],
        ["field", "field"],
        ["linkedInUrl", "linkedInUrl"],
        ["connection", "connection"],
        ["note", "notes"],
        ["externalId", "id"],
      ] as const) {
        const value = at(column);
        if (value) raw[key] = value;
      }
      raws.push(raw);
    },
    warnings,
  );
  if (!csv.ok) return { ok: false, error: { kind: "invalid-file", message: csv.message } };
  return {
    ok: true,
    value: assemble(
      "enlist-csv",
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
      options.defaultTie ?? "acquaintance",
    ),
  };
}
