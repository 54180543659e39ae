import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldLine } from "./fold-line";

const octets = (s: string) => new TextEncoder().encode(s).length;

describe("foldLine", () => {
  it("keeps every line within 75 octets and unfolds back to the original", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 400 }), (line) => {
        const folded = foldLine(line);
        for (const part of folded.split("\r\n")) expect(octets(part)).toBeLessThanOrEqual(75);
        expect(folded.replace(/\r\n /g, "")).toBe(line);
      }),
    );
  });

  it("never splits a multi-byte character", () => {
    const folded = foldLine(`NOTE:${"山".repeat(60)}`);
    expect(folded.split("\r\n ").every((p) => !p.includes("\uFFFD"))).toBe(true);
    expect(folded.split("\r\n")).toHaveLength(3);
  });
});
