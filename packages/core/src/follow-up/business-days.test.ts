import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addBusinessDays, businessDaysBetween } from "./business-days";

describe("addBusinessDays", () => {
  it.each([
    ["2026-11-25", 3, "2026-11-30"], // Wed + 3 → Mon
    ["2026-11-27", 1, "2026-11-30"], // Fri + 1 → Mon
    ["2026-11-28", 1, "2026-11-30"], // Sat + 1 → Mon
    ["2026-11-25", 7, "2026-12-04"],
    ["2026-11-30", -1, "2026-11-27"],
    ["2026-12-31", 1, "2027-01-01"],
    ["2026-11-25", 0, "2026-11-25"],
  ])("%s + %i → %s", (from, n, to) => expect(addBusinessDays(from, n)).toBe(to));

  it("skips configured holidays", () => {
    expect(addBusinessDays("2026-11-25", 1, ["2026-11-26"])).toBe("2026-11-27");
    expect(addBusinessDays("2026-12-23", 3, ["2026-12-24", "2026-12-25"])).toBe("2026-12-30");
  });
});

describe("businessDaysBetween", () => {
  it("counts weekdays after the first day up to the last", () => {
    expect(businessDaysBetween("2026-11-25", "2026-11-30")).toBe(3);
    expect(businessDaysBetween("2026-11-27", "2026-11-29")).toBe(0);
    expect(businessDaysBetween("2026-11-30", "2026-11-25")).toBe(0);
    expect(businessDaysBetween("2026-11-25", "2026-11-30", ["2026-11-26"])).toBe(2);
  });

  it("is the inverse of addBusinessDays", () => {
    const date = fc
      .integer({ min: 19_000, max: 22_000 })
      .map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 400 }), fc.array(date, { maxLength: 10 }), (from, n, holidays) => {
        return businessDaysBetween(from, addBusinessDays(from, n, holidays), holidays) === n;
      }),
    );
  });
});
