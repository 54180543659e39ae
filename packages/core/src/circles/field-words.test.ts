import { describe, expect, it } from "vitest";
import { hasPhrase, readings, stem, words } from "./field-words";

describe("stem", () => {
  it.each([
    ["engineer", "engineering"],
    ["teacher", "teaching"],
    ["teachers", "teach"],
    ["nurse", "nursing"],
    ["manager", "management"],
    ["researcher", "research"],
    ["stores", "store"],
  ])("%s and %s meet", (a, b) => expect(stem(a)).toBe(stem(b)));

  it.each([
    ["policy", "police"],
    ["process", "procore"],
    ["product", "producer"],
    ["trainee", "trainer"],
  ])("%s and %s stay apart", (a, b) => expect(stem(a)).not.toBe(stem(b)));
});

describe("words", () => {
  it.each([
    ["Head of UX Research", ["head", "ux", "research"]],
    ["Human Resources Partner", ["hr", "partn"]],
    ["People Ops", ["peopl", "operation"]],
    ["Co-founder & CTO", ["cofound", "cto"]],
    ["Quant UXR", ["quant", "ux", "research"]],
    ["Diseñadora", ["disenadora"]],
    ["", []],
  ])("%s → %j", (text, expected) => expect(words(text)).toEqual(expected));

  it.each([
    ["Sr. Manager, User Experience Research", "Senior Manager UX Research"],
    ["VP, Human Resources", "Vice President HR"],
    ["Full-stack developer", "fullstack developer"],
    ["K-12 educator", "k12 educator"],
    ["SWE II", "Software Engineer II"],
    ["Senior SDE", "Senior Software Engineer"],
  ])("%s reads as %s", (a, b) => expect(words(a)).toEqual(words(b)));
});

describe("hasPhrase", () => {
  it.each([
    ["Director of Product Management", "product management", true],
    ["Product Marketing Manager", "product manager", false],
    ["UX Researcher", "ux research", true],
    ["Research Scientist", "ux research", false],
    ["anything", "", false],
  ])("%s has %s: %s", (text, phrase, expected) => expect(hasPhrase(words(text), words(phrase))).toBe(expected));
});

describe("readings", () => {
  it("reads a title with its department after the comma both ways", () => {
    expect(readings("Research Lead, Design")).toEqual([words("Research Lead Design"), words("Design Research Lead")]);
  });

  it("reads a title without a comma one way", () => {
    expect(readings("Head of Data")).toEqual([words("Head of Data")]);
  });
});
