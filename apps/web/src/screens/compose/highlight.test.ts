import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { Finding } from "@enlist/core/schemas";
import { applyFix, findingAt, segments } from "./highlight";

const f = (
  start: number,
  end: number,
  severity: Finding["severity"] = "warning",
  extra: Partial<Finding> = {},
): Finding => ({ ruleId: "r", severity, message: "m", start, end, ...extra });

describe("segments", () => {
  it("cuts the text around a finding", () => {
    const s = segments("Hi Sara, hello", [f(3, 7, "error")]);
    expect(s.map((x) => [x.text, x.finding?.severity])).toEqual([
      ["Hi ", undefined],
      ["Sara", "error"],
      [", hello", undefined],
    ]);
  });

  it("shows the most severe finding where two overlap", () => {
    const s = segments("abcdefghij", [f(0, 6, "info"), f(3, 8, "error")]);
    expect(s.map((x) => [x.text, x.finding?.severity])).toEqual([
      ["abc", "info"],
      ["defgh", "error"],
      ["ij", undefined],
    ]);
  });

  it("leaves out subject findings and ranges past the end", () => {
    const s = segments("short", [f(0, 3, "error", { target: "subject" }), f(2, 99)]);
    expect(s.map((x) => x.text)).toEqual(["sh", "ort"]);
    expect(s[1]?.finding).toBeDefined();
  });

  it("always gives back the text, in order, whatever the findings", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 60 }),
        fc.array(
          fc.record({
            a: fc.nat(80),
            b: fc.nat(80),
            sev: fc.constantFrom("error", "warning", "info") as fc.Arbitrary<Finding["severity"]>,
          }),
          { maxLength: 8 },
        ),
        (text, raw) => {
          const findings = raw.map((r) => f(Math.min(r.a, r.b), Math.max(r.a, r.b), r.sev));
          const s = segments(text, findings);
          expect(s.map((x) => x.text).join("")).toBe(text);
          let at = 0;
          for (const x of s) {
            expect(x.start).toBe(at);
            at += x.text.length;
          }
        },
      ),
    );
  });
});

describe("findingAt and applyFix", () => {
  it("finds the finding under the caret", () => {
    expect(findingAt([f(3, 7, "warning"), f(5, 9, "error")], 6)?.severity).toBe("error");
    expect(findingAt([f(3, 7)], 1)).toBeUndefined();
  });

  it("applies a replacement and puts the caret after it", () => {
    expect(
      applyFix("Hi Sara, hello", f(3, 7, "error", { suggestion: { message: "x", replacement: "Sarah" } })),
    ).toEqual({ text: "Hi Sarah, hello", caret: 8 });
    expect(applyFix("Hi", f(0, 1))).toBeNull();
  });
});
