import type { Result } from "@enlist/core";
import { assemble, type ImportOptions, type RawContact } from "../assemble";
import { cell, columnIndex, readCsv } from "../csv/read-csv";
import { decodeInput } from "../decode-input";
import type { ImportError, ImportResult, RowWarning, SkippedRow } from "../imported-contact";

const isGoogleHeader = (cells: string[]) => {
  const names = cells.map((c) => c.trim().toLowerCase());
  const named = names.includes("name") || names.includes("first name") || names.includes("given name");
  return (
    named &&
    names.some(
      (n) =>
        n === "e-mail 1 - value" || n === "organization name" || n === "organization 1 - name" || n === "given name",
    )
  );
};

/** Every value of the columns whose header matches `pattern`; Google packs several into one cell with " ::: ". */
function values(header: readonly string[], cells: readonly string[], pattern: RegExp): string[] {
  const out: string[] = [];
  header.forEach((h, i) => {
    if (!pattern.test(h)) return;
    for (const v of (cells[i] ?? "").split(" ::: ")) if (v.trim()) out.push(v.trim());
  });
  return out;
}

/**
 * Reads a Google Contacts CSV export, in the current layout ("First Name", "E-mail 1 - Value",
 * "Organization Name") or the older one ("Given Name", "Family Name", "Organization 1 - Name").
 */
export function parseGoogleContactsCsv(
  input: string | Uint8Array,
  options: ImportOptions = {},
): Result<ImportResult, ImportError> {
  const text = decodeInput(input, "a Google Contacts CSV export");
  if (!text.ok) return text;
  const raws: RawContact[] = [];
  const skipped: SkippedRow[] = [];
  const warnings: RowWarning[] = [];
  let rows = 0;
  let col: Record<"name" | "first" | "middle" | "last" | "company" | "title" | "notes", number> | null = null;
  const csv = readCsv(
    text.value.text,
    isGoogleHeader,
    '"First Name" or "Name" and "E-mail 1 - Value" (Google Contacts CSV)',
    ({ line, cells }, h) => {
      col ??= {
        name: columnIndex(h, ["Name"]),
        first: columnIndex(h, ["First Name", "Given Name"]),
        middle: columnIndex(h, ["Middle Name", "Additional Name"]),
        last: columnIndex(h, ["Last Name", "Family Name"]),
        company: columnIndex(h, ["Organization Name", "Organization 1 - Name"]),
        title: columnIndex(h, ["Organization Title", "Organization 1 - Title"]),
        notes: columnIndex(h, ["Notes"]),
      };
      if (cells.length === 1 && cells[0] === "") return;
      rows++;
      const parts = [cell(cells, col.first), cell(cells, col.middle), cell(cells, col.last)].filter(Boolean).join(" ");
      const company = cell(cells, col.company);
      const emails = values(h, cells, /^e-mail \d+ - value$/i);
      const name = cell(cells, col.name) || parts || company;
      if (!name) {
        skipped.push({ row: line, reason: emails.length ? `no name (only ${emails[0]})` : "empty row" });
        return;
      }
      const linkedIn = values(h, cells, /^website \d+ - value$/i).find((w) => /linkedin\.com\//i.test(w));
      const raw: RawContact = { row: line, name, emails, phones: values(h, cells, /^phone \d+ - value$/i) };
      if (linkedIn) raw.linkedInUrl = linkedIn.startsWith("http") ? linkedIn : `https://${linkedIn}`;
      if (company && company !== name) raw.company = company;
      if (cell(cells, col.title)) raw.role = cell(cells, col.title);
      if (cell(cells, col.notes)) raw.note = cell(cells, col.notes);
      raws.push(raw);
    },
    warnings,
  );
  if (!csv.ok) return { ok: false, error: { kind: "invalid-file", message: csv.message } };
  return {
    ok: true,
    value: assemble(
      "google-csv",
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
