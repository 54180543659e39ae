import { describe, expect, it } from "vitest";
import { escapeText } from "./escape-text";

describe("escapeText", () => {
  it.each([
    ["a,b;c\\d", "a\\,b\\;c\\\\d"],
    ["one\r\ntwo\nthree\rfour", "one\\ntwo\\nthree\\nfour"],
    ["line\u2028sep\u2029para\u0085nel\u000bvt\u000cff", "line\\nsep\\npara\\nnel\\nvt\\nff"],
    ["bell\u0007 nul\u0000 del\u007f tab\tkept", "bell nul del tab\tkept"],
  ])("%j", (raw, escaped) => {
    expect(escapeText(raw)).toBe(escaped);
  });

  it("leaves no character a reader would take for the end of a line", () => {
    // eslint-disable-next-line no-control-regex -- VT and FF are among the breaks looked for
    expect(escapeText("x\u2028BEGIN:VEVENT\u0085END:VCARD")).not.toMatch(/[\r\n\u2028\u2029\u0085\u000b\u000c]/);
  });
});
