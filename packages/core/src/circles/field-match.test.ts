import { describe, expect, it } from "vitest";
import { fieldTokens } from "./field-match";

describe("fieldTokens", () => {
  it("ignores title noise and accents", () => {
    expect(fieldTokens("Senior Director of Café Opérations")).toEqual(["cafe", "operation"]);
  });

  it.each([
    ["High-school Teachers", ["high", "school", "teach"]],
    ["Instructional Designer", ["instructional", "design"]],
    ["", []],
    [undefined, []],
  ])("%s → %j", (text, tokens) => expect(fieldTokens(text)).toEqual(tokens));
});
