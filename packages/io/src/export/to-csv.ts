import type { Contact } from "@enlist/core";

/**
 * Spreadsheets run a cell that starts with one of these as a formula (OWASP: CSV injection). Apostrophes
 * already in front count too, so that reading the file back can take exactly one off: "'=x" stays "'=x".
 */
export const FORMULA_START = /^'*[=+\-@\t\r]/;

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
  "Trusted",
  "Connected On",
  "Archived",
  "Check In Weeks",
  // Last, so a spreadsheet's first columns stay the readable ones; it lets a re-import know each contact.
  "Id",
] as const;

const yesNo = (b: boolean | undefined) => (b === undefined ? "" : b ? "yes" : "no");
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
  yesNo(c.currentColleague),
  c.researchNotes ?? "",
  yesNo(c.trusted),
  c.connectedOn ?? "",
  yesNo(c.archived),
  c.checkInWeeks === undefined ? "" : String(c.checkInWeeks),
  c.id,
];

/** Contacts as CSV (RFC 4180, CRLF, UTF-8 with a byte-order mark so Excel reads accents), safe to open in a spreadsheet. */
export function toCsv(contacts: readonly Contact[]): string {
  const lines = [CSV_COLUMNS.map(csvCell).join(","), ...contacts.map((c) => row(c).map(csvCell).join(","))];
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
