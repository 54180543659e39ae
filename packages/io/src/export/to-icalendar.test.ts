import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toICalendar } from "./to-icalendar";

const items = [
  {
    id: "c1-2026-12-04-follow-up",
    title: "Follow up with Ana Ruiz",
    due: "2026-12-04",
    description: "No reply in 7 business days; one follow-up, then stop.\nAsk: 15-minute call",
  },
  { id: "c2-2026-12-01-thank", title: "Thank Sarah Chen, for the intro; today", due: "2026-12-01" },
];

function unfold(ics: string): string[] {
  return ics.replace(/\r\n /g, "").split("\r\n");
}

describe("toICalendar", () => {
  it("writes valid RFC 5545: CRLF, folding, escaping, a stable UID per item", () => {
    const r = toICalendar(items, { generatedAt: "2026-11-25T09:30:00Z" });
    if (!r.ok) throw new Error(r.error.message);
    const ics = r.value;
    expect(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:")).toBe(true);
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of ics.split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const lines = unfold(ics);
    expect(lines).toContain("UID:c1-2026-12-04-follow-up@enlist.local");
    expect(lines).toContain("DUE;VALUE=DATE:20261204");
    expect(lines).toContain("DTSTAMP:20261125T093000Z");
    expect(lines).toContain("SUMMARY:Thank Sarah Chen\\, for the intro\\; today");
    expect(lines).toContain(
      "DESCRIPTION:No reply in 7 business days\\; one follow-up\\, then stop.\\nAsk: 15-minute call",
    );
    expect(lines.filter((l) => l === "BEGIN:VTODO")).toHaveLength(2);
    const again = toICalendar(items, { generatedAt: "2026-11-26T10:00:00Z" });
    expect(again.ok && unfold(again.value).filter((l) => l.startsWith("UID:"))).toEqual(
      lines.filter((l) => l.startsWith("UID:")),
    );
  });

  it("writes all-day events when asked", () => {
    const r = toICalendar(items.slice(0, 1), { generatedAt: "2026-11-25T09:30:00Z", as: "VEVENT" });
    expect(r.ok && unfold(r.value)).toEqual(
      expect.arrayContaining(["BEGIN:VEVENT", "DTSTART;VALUE=DATE:20261204", "DTEND;VALUE=DATE:20261205"]),
    );
  });

  it("escapes whatever text it is given and keeps every line within 75 octets", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme", maxLength: 200 }).filter((s) => s.length > 0),
        (title) => {
          const r = toICalendar([{ id: "x", title, due: "2026-12-01" }], { generatedAt: "2026-11-25T00:00:00Z" });
          if (!r.ok) throw new Error(r.error.message);
          for (const line of r.value.split("\r\n"))
            expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
          const summary = unfold(r.value).find((l) => l.startsWith("SUMMARY:")) ?? "";
          const back = summary.slice(8).replace(/\\(n|\\|;|,)/g, (_, c: string) => (c === "n" ? "\n" : c));
          // Every line break a reader may honour comes back as "\n"; other control characters are dropped.
          /* eslint-disable no-control-regex -- the expectation spells out the control characters */
          expect(back).toBe(
            title
              .replace(/\r\n|[\r\u2028\u2029\u0085\u000b\u000c]/g, "\n")
              .replace(/[\u0000-\u0008\u000e-\u001f\u007f]/g, ""),
          );
          /* eslint-enable no-control-regex */
        },
      ),
      // The breaks beyond CR and LF, and a control character, every run, not only when generated.
      { examples: [["line\u2028break"], ["a\u2029b\u0085c\u000bd\u000ce"], ["bell\u0007"]] },
    );
  });

  it("names the bad field instead of throwing", () => {
    expect(toICalendar([{ id: "x", title: "t", due: "soon" }], { generatedAt: "2026-11-25T00:00:00Z" })).toMatchObject({
      ok: false,
      error: { issues: [{ path: "items[0].due" }] },
    });
    expect(toICalendar([], { generatedAt: "yesterday" })).toMatchObject({
      ok: false,
      error: { issues: [{ path: "options.generatedAt" }] },
    });
  });
});
