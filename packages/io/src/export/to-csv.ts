import type { Contact } from "@enlist/core";

/** Spreadsheets run a cell that starts with one of these as a formula (OWASP: CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell that a spreadsheet shows as text: formula starts get a leading apostrophe, then RFC 4180 quoting. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const CSV_COLUMNS = [
  "Name",
  "Circle",
  "Tie",
  "Status",
  "Company",
  "Role",
  "Field",
  "Email",
  "LinkedIn URL",
  "Connection",
  "Transition From",
  "Transition To",
  "Current Colleague",
  "Research Notes",
] as const;

const row = (c: Contact): string[] => [
  c.name,
  c.circle,
  c.tie,
  c.status ?? "",
  c.company ?? "",
  c.role ?? "",
  c.field ?? "",
  c.email ?? "",
  c.linkedInUrl ?? "",
  c.connection ?? "",
  c.transition?.from ?? "",
  c.transition?.to ?? "",
  c.currentColleague === undefined ? "" : c.currentColleague ? "yes" : "no",
  c.researchNotes ?? "",
];

/** Contacts as CSV (RFC 4180, CRLF, UTF-8 with a byte-order mark so Excel reads accents), safe to open in a spreadsheet. */
export function toCsv(contacts: readonly Contact[]): string {
  const lines = [CSV_COLUMNS.map(csvCell).join(","), ...contacts.map((c) => row(c).map(csvCell).join(","))];
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
