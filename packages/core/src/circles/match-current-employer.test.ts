import { describe, expect, it } from "vitest";
import { employerMatcher, matchCurrentEmployer } from "./match-current-employer";

describe("matchCurrentEmployer", () => {
  it.each([
    ["Lincoln High School", "Lincoln High School", true, "Works at Lincoln High School, your current employer."],
    ["Lincoln High School", "  lincoln high school ", true, "Works at lincoln high school, your current employer."],
    [
      "Lincoln High School",
      "Lincoln High",
      true,
      "Works at Lincoln High, your current employer (Lincoln High School).",
    ],
    ["Acme, Inc.", "ACME Inc", true, "Works at ACME Inc, your current employer."],
    [
      "Lincoln High School",
      "Washington High School",
      false,
      "Works at Washington High School, not at Lincoln High School.",
    ],
    ["Lincoln High School", undefined, false, "No company is known for them."],
    ["Lincoln High School", "   ", false, "No company is known for them."],
    [undefined, "Lincoln High School", false, "Your pivot names no current employer."],
    [
      "School District",
      "School District",
      false,
      '"School District" is too general a name to tell your colleagues by; mark them yourself.',
    ],
  ])("employer %s, company %s: %s", (currentEmployer, company, colleague, reason) => {
    expect(matchCurrentEmployer({ currentEmployer }, { company })).toEqual({ colleague, reason });
  });

  it("takes the whole pivot and contact", () => {
    const pivot = {
      fromField: "teaching",
      toField: "instructional design",
      targetRoles: [],
      stillEmployed: true,
      currentEmployer: "Lincoln High School",
      weeklyMinutes: 60,
    };
    const contact = {
      id: "c1",
      name: "Maria Lopez",
      circle: "backers",
      tie: "weak",
      role: "Assistant Principal",
      company: "Lincoln High",
    } as const;
    expect(matchCurrentEmployer(pivot, contact).colleague).toBe(true);
  });

  it("a matcher answers the same as the function, company after company", () => {
    const match = employerMatcher("Lincoln High School");
    for (const company of ["Lincoln High", "Lincoln High", "Google", undefined])
      expect(match(company)).toEqual(matchCurrentEmployer({ currentEmployer: "Lincoln High School" }, { company }));
  });
});
