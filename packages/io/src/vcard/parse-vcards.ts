import { CIRCLE_IDS, CONTACT_STATUSES, IsoDate, TIES, type Result } from "@enlist/core";
import { assemble, type ImportOptions, type RawContact } from "../assemble";
import { decodeInput } from "../decode-input";
import { MAX_CONTACTS, tooManyContacts } from "../limits";
import type { ImportError, ImportResult, RowWarning, SkippedRow } from "../imported-contact";
import { contentLines } from "./content-lines";
import { structuredOf, textOf } from "./decode-value";
import { parsePropertyLine, type PropertyLine } from "./property-line";

const isPreferred = (p: PropertyLine) =>
  (p.params.get("TYPE") ?? []).includes("PREF") || (p.params.get("PREF") ?? []).length > 0;

function nameFromN(p: PropertyLine | undefined): string {
  if (!p) return "";
  const [family = "", given = "", additional = "", prefix = "", suffix = ""] = structuredOf(p);
  return [prefix, given, additional, family, suffix]
    .map((s) => s.replace(/,/g, " ").trim())
    .filter(Boolean)
    .join(" ");
}

/** The X-ENLIST-* properties of a card Enlist wrote (toVCard): the card is taken as written. */
function enlistFields(first: (name: string) => PropertyLine | undefined): Partial<RawContact> {
  const text = (name: string) => {
    const p = first(name);
    return p ? textOf(p) : undefined;
  };
  const [status, field, connection, from, to, colleague, trusted, connectedOn, archived, weeks] = [
    "X-ENLIST-STATUS",
    "X-ENLIST-FIELD",
    "X-ENLIST-CONNECTION",
    "X-ENLIST-TRANSITION-FROM",
    "X-ENLIST-TRANSITION-TO",
    "X-ENLIST-COLLEAGUE",
    "X-ENLIST-TRUSTED",
    "X-ENLIST-CONNECTED-ON",
    "X-ENLIST-ARCHIVED",
    "X-ENLIST-CHECK-IN-WEEKS",
  ].map(text);
  const yesNo = (v: string | undefined) => (v === "yes" ? true : v === "no" ? false : undefined);
  const checkInWeeks = weeks && /^\d{1,2}$/.test(weeks) ? Number(weeks) : undefined;
  return {
    ...(yesNo(trusted) !== undefined ? { trusted: yesNo(trusted) as boolean } : {}),
    ...(connectedOn && IsoDate.safeParse(connectedOn).success ? { connectedOn } : {}),
    ...(yesNo(archived) !== undefined ? { archived: yesNo(archived) as boolean } : {}),
    ...(checkInWeeks !== undefined && checkInWeeks >= 1 && checkInWeeks <= 52 ? { checkInWeeks } : {}),
    own: true,
    ...(status && (CONTACT_STATUSES as readonly string[]).includes(status)
      ? { status: status as RawContact["status"] }
      : {}),
    ...(field ? { field } : {}),
    ...(connection ? { connection } : {}),
    ...(from && to ? { transition: { from, to } } : {}),
    ...(yesNo(colleague) !== undefined ? { currentColleague: yesNo(colleague) as boolean } : {}),
  };
}

function toRaw(card: PropertyLine[], row: number): RawContact | { skip: string } {
  const first = (name: string) => card.find((p) => p.name === name);
  const all = (name: string) => card.filter((p) => p.name === name);
  const emails = all("EMAIL")
    .sort((a, b) => Number(isPreferred(b)) - Number(isPreferred(a)))
    .map(textOf)
    .filter(Boolean);
  const name = (first("FN") ? textOf(first("FN") as PropertyLine) : "") || nameFromN(first("N"));
  if (!name) return { skip: emails.length ? `no name (only ${emails[0]})` : "no name" };
  const urls = [...all("URL"), ...all("X-SOCIALPROFILE")].map(textOf);
  const linkedIn = urls.find((u) => /linkedin\.com\//i.test(u));
  const org = first("ORG") ? structuredOf(first("ORG") as PropertyLine)[0] : undefined;
  const role = first("TITLE")
    ? textOf(first("TITLE") as PropertyLine)
    : first("ROLE")
      ? textOf(first("ROLE") as PropertyLine)
      : undefined;
  const note = first("NOTE") ? textOf(first("NOTE") as PropertyLine) : undefined;
  const uid = first("UID") ? textOf(first("UID") as PropertyLine) : undefined;
  const circle = first("X-ENLIST-CIRCLE") ? textOf(first("X-ENLIST-CIRCLE") as PropertyLine) : undefined;
  const tie = first("X-ENLIST-TIE") ? textOf(first("X-ENLIST-TIE") as PropertyLine) : undefined;
  return {
    ...(circle !== undefined ? enlistFields(first) : {}),
    row,
    name,
    emails,
    phones: all("TEL").map(textOf).filter(Boolean),
    ...(linkedIn ? { linkedInUrl: linkedIn.startsWith("http") ? linkedIn : `https://${linkedIn}` } : {}),
    ...(org ? { company: org } : {}),
    ...(role ? { role } : {}),
    ...(note ? { note } : {}),
    ...(uid ? { externalId: uid } : {}),
    ...(circle && (CIRCLE_IDS as readonly string[]).includes(circle) ? { circle: circle as RawContact["circle"] } : {}),
    ...(tie && (TIES as readonly string[]).includes(tie) ? { tie: tie as RawContact["tie"] } : {}),
  };
}

/**
 * Reads vCard files — 2.1 (Outlook, Android), 3.0 (Google, Apple) and 4.0 — with any number of cards:
 * folded lines, quoted-printable values with soft breaks and charsets, grouped properties (`item1.EMAIL`),
 * several e-mails, escapes. Photos are skipped as they stream past. A card without a name is skipped and
 * reported; a file cut off inside a card keeps what the card had, with a warning.
 */
export function parseVCards(
  input: string | Uint8Array,
  options: ImportOptions = {},
): Result<ImportResult, ImportError> {
  const text = decodeInput(input, "a vCard (.vcf) file");
  if (!text.ok) return text;
  if (!/^[ \t]*BEGIN:VCARD[ \t]*$/im.test(text.value.text.slice(0, 1_000_000))) {
    return { ok: false, error: { kind: "invalid-file", message: "no BEGIN:VCARD line: this is not a vCard file" } };
  }
  const raws: RawContact[] = [];
  const skipped: SkippedRow[] = [];
  const warnings: RowWarning[] = [];
  let card: PropertyLine[] | null = null;
  let cards = 0;
  const watchUnreadable = (text.value.invalidBytes ?? 0) > 0;
  const unreadableRows: number[] = [];
  const finish = () => {
    if (!card) return;
    const raw = toRaw(card, cards);
    if ("skip" in raw) skipped.push({ row: cards, reason: raw.skip });
    else raws.push(raw);
    card = null;
  };
  for (const line of contentLines(text.value.text)) {
    const trimmed = line.trim().toUpperCase();
    if (trimmed === "BEGIN:VCARD") {
      if (card) {
        warnings.push({ row: cards, message: `card ${cards} has no END:VCARD before the next card` });
        finish();
      }
      if (++cards > MAX_CONTACTS) return { ok: false, error: { kind: "invalid-file", message: tooManyContacts } };
      card = [];
      continue;
    }
    if (trimmed === "END:VCARD") {
      finish();
      continue;
    }
    if (!card) continue;
    if (watchUnreadable && line.includes("\ufffd") && unreadableRows[unreadableRows.length - 1] !== cards)
      unreadableRows.push(cards);
    const property = parsePropertyLine(line);
    if (property) card.push(property);
  }
  if (card) {
    warnings.push({ row: cards, message: `card ${cards} is cut off: the file ends without END:VCARD` });
    finish();
  }
  return {
    ok: true,
    value: assemble(
      "vcard",
      {
        rows: cards,
        raws,
        skipped,
        warnings,
        encoding: text.value.encoding,
        invalidBytes: text.value.invalidBytes,
        unreadableRows,
      },
      options,
      options.defaultTie ?? "acquaintance",
    ),
  };
}
