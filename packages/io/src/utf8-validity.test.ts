import { describe, expect, it } from "vitest";
import { utf8Validity } from "./utf8-validity";

const bytes = (...b: number[]) => Uint8Array.from(b);

describe("utf8Validity", () => {
  it("counts well-formed characters of every length and ignores ASCII", () => {
    expect(utf8Validity(new TextEncoder().encode("a é € 😀"))).toEqual({ valid: 3, invalid: 0 });
  });

  it("counts a stretch the way a decoder replaces it, one U+FFFD each", () => {
    const samples = [
      bytes(0xff),
      bytes(0xe2, 0x82, 0x41),
      bytes(0xc0, 0x80),
      bytes(0xed, 0xa0, 0x80),
      bytes(0xf4, 0x90, 0x80, 0x80),
      bytes(0xe9, 0x41, 0xf8),
    ];
    for (const sample of samples) {
      const replaced = [...new TextDecoder().decode(sample)].filter((c) => c === "\ufffd").length;
      expect(utf8Validity(sample).invalid, `bytes ${[...sample].map((b) => b.toString(16))}`).toBe(replaced);
    }
  });
});
