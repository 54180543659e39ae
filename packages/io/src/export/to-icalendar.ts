import { IsoDate, parseArg, type InputError, type Result } from "@enlist/core";
import { z } from "zod";
import { foldLine } from "./fold-line";

export const CalendarItem = z.object({
  /** Stable across exports, so that a calendar updates the item instead of adding it twice. */
  id: z.string().min(1),
  title: z.string().min(1),
  due: IsoDate,
  description: z.string().optional(),
});
export type CalendarItem = z.infer<typeof CalendarItem>;

export const CalendarOptions = z.object({
  /** As VTODO (a task, the default) or VEVENT (an all-day event). */
  as: z.enum(["VTODO", "VEVENT"]).default("VTODO"),
  /** DTSTAMP of every item: the caller's clock, not this package's. */
  generatedAt: z.iso.datetime({ offset: true }),
  /** The domain part of each UID. */
  domain: z
    .string()
    .regex(/^[\w.-]+$/)
    .default("enlist.local"),
});
export type CalendarOptions = z.input<typeof CalendarOptions>;

/** TEXT escaping of RFC 5545: backslash, semicolon, comma, line breaks. */
import { escapeText } from "./escape-text";
const basicDate = (iso: string) => iso.slice(0, 10).replace(/-/g, "");
const basicDateTime = (iso: string) =>
  new Date(iso)
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
const nextDay = (iso: string) =>
  new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)) + 1))
    .toISOString()
    .slice(0, 10);

/** Follow-ups due as an iCalendar file (RFC 5545): CRLF, 75-octet folding, escaped text, one stable UID per item. */
export function toICalendar(items: readonly CalendarItem[], options: CalendarOptions): Result<string, InputError> {
  const checkedItems = parseArg(z.array(CalendarItem), items, "items");
  if (!checkedItems.ok) return checkedItems;
  const checkedOptions = parseArg(CalendarOptions, options, "options");
  if (!checkedOptions.ok) return checkedOptions;
  const { as: kind, domain, generatedAt } = checkedOptions.value;
  const stamp = basicDateTime(generatedAt);
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Enlist//Follow-ups//EN",
    "CALSCALE:GREGORIAN",
    "X-WR-CALNAME:Enlist follow-ups",
  ];
  for (const item of checkedItems.value) {
    lines.push(
      `BEGIN:${kind}`,
      `UID:${escapeText(item.id)}@${domain}`,
      `DTSTAMP:${stamp}`,
      `SUMMARY:${escapeText(item.title)}`,
    );
    if (kind === "VTODO") lines.push(`DUE;VALUE=DATE:${basicDate(item.due)}`, "STATUS:NEEDS-ACTION");
    else
      lines.push(
        `DTSTART;VALUE=DATE:${basicDate(item.due)}`,
        `DTEND;VALUE=DATE:${basicDate(nextDay(item.due))}`,
        "TRANSP:TRANSPARENT",
      );
    if (item.description) lines.push(`DESCRIPTION:${escapeText(item.description)}`);
    lines.push(`END:${kind}`);
  }
  lines.push("END:VCALENDAR");
  return { ok: true, value: `${lines.map(foldLine).join("\r\n")}\r\n` };
}
