import { describe, expect, it } from "vitest";
import { fieldMatcher, namesAField } from "./field-matcher";
import { words } from "./field-words";

describe("fieldMatcher", () => {
  const ux = fieldMatcher(["UX Research", "UX Researcher"]);
  it.each([
    ["Principal UX Researcher", true],
    ["Staff User Researcher", true],
    ["Sr. Manager, User Experience Research", true],
    ["Research Lead, Design", true],
    ["Quant UXR", true],
    ["VP of Research & Insights", true],
    ["Research Scientist", false],
    ["Clinical Research Coordinator", false],
    ["UX Designer", false],
    ["", false],
  ])("UX research: %s → %s", (title, expected) => expect(ux(title) !== undefined).toBe(expected));

  const data = fieldMatcher(["Data Analytics", "Data Analyst", "BI Analyst"]);
  it.each([
    ["Head of Data", true],
    ["Director of Business Intelligence", true],
    ["Staff Analytics Engineer", true],
    ["Data Scientist", true],
    ["Data Entry Specialist", false],
    ["Director of Finance", false],
  ])("data analytics: %s → %s", (title, expected) => expect(data(title) !== undefined).toBe(expected));

  const product = fieldMatcher(["Health-tech Product Management", "Clinical Product Manager"]);
  it.each([
    ["VP Product", true],
    ["Group Product Manager", true],
    ["Product Owner", true],
    ["Product Marketing Manager", false],
    ["VP Product Marketing", false],
    // The role names product management; "clinical" only says where, so clinical work is not the target.
    ["Clinical Research Coordinator", false],
  ])("product management: %s → %s", (title, expected) => expect(product(title) !== undefined).toBe(expected));

  const software = fieldMatcher(["Software Engineering", "Backend Engineer"]);
  it.each([
    ["Staff Engineer", true],
    ["VP of Engineering", true],
    ["Full-stack Developer", true],
    ["Mechanical Design Engineer", false],
    ["Sr. Mechanical Engineer", false],
    ["Civil Engineer", false],
  ])("software engineering: %s → %s", (title, expected) => expect(software(title) !== undefined).toBe(expected));

  it("matches a field the thesaurus does not know by its own words, all of them", () => {
    const beekeeping = fieldMatcher(["Urban Beekeeping", "Apiary Manager"]);
    expect(beekeeping("Head of Urban Beekeeping")).toBeDefined();
    expect(beekeeping("Apiary Manager, City Farms")).toBeDefined();
    expect(beekeeping("Urban Planner")).toBeUndefined();
  });

  it("reports the words that named the field, so a job's own name is not taken for its rank", () => {
    expect(product("Senior Product Manager")?.words).toEqual(new Set(words("product manager")));
    expect(data("Analytics Manager")?.words).toEqual(new Set(words("analytics")));
  });
});

describe("namesAField", () => {
  it.each([
    ["teacher", true],
    ["NICU nurse", true],
    ["Army logistics", true],
    ["Starbucks Store Manager", true],
    ["hotels", true],
    ["Google", false],
    ["IDEO", false],
    ["White House", false],
    ["Flatiron Health", false],
  ])("%s: %s", (text, expected) => expect(namesAField(text)).toBe(expected));
});
