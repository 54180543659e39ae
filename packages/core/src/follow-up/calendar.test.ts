import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { daysBetween, fromDayNumber, toDayNumber, weekStart, weekdayOf } from "./calendar";

describe("calendar", () => {
  it("agrees with Date on every day from 1600 to 2400", () => {
    fc.assert(
      fc.property(fc.integer({ min: -135_000, max: 157_000 }), (day) => {
        const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
        return fromDayNumber(day) === iso && toDayNumber(iso) === day;
      }),
      { numRuns: 2000 },
    );
  });

  it("knows leap days and weekdays", () => {
    expect(daysBetween("2024-02-28", "2024-03-01")).toBe(2);
    expect(daysBetween("2100-02-28", "2100-03-01")).toBe(1);
    expect(weekdayOf(toDayNumber("2026-11-25"))).toBe(3);
    expect(weekStart("2026-11-29")).toBe("2026-11-23");
    expect(weekStart("2026-11-23")).toBe("2026-11-23");
  });
});
