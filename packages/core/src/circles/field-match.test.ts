import { describe, expect, it } from "vitest";
import { fieldTokens, isSenior, mentionsField } from "./field-match";

describe("field matching", () => {
  it.each([
    ["High-school Teacher", "teaching", true],
    ["Senior Instructional Designers", "instructional design", true],
    ["Développeuse", "developpeur", false],
    ["Registered Nurse", "nursing", true],
    ["Head of Sales", "accounting", false],
    ["Director", "director of marketing", false],
    ["", "teaching", false],
  ])("%s mentions %s: %s", (text, field, expected) => expect(mentionsField(text, field)).toBe(expected));

  it("ignores title noise and accents", () => {
    expect(fieldTokens("Senior Director of Café Opérations")).toEqual(["cafe", "operation"]);
  });

  it.each([["VP Product", true], ["Co-founder", true], ["Teacher", false], [undefined, false]])("%s is senior: %s", (role, expected) =>
    expect(isSenior(role)).toBe(expected),
  );
});
