import { describe, expect, it } from "vitest";
import { words } from "./field-words";
import { isLearning, isRecognition, seniorityOf } from "./seniority";

describe("seniorityOf", () => {
  it.each([
    ["Head of UX Research", "senior"],
    ["Director, UX Research", "senior"],
    ["VP, Data & Analytics", "senior"],
    ["Principal Product Manager", "senior"],
    ["Staff Engineer", "senior"],
    ["Lead Data Analyst", "senior"],
    ["Sr. Manager, Content Design", "senior"],
    ["Chief People Officer", "senior"],
    ["CTO & Co-founder", "senior"],
    ["Associate Director of Policy", "senior"],
    ["UX Research Intern", "junior"],
    ["Lead Intern", "junior"],
    ["MBA Candidate", "junior"],
    ["Junior Developer", "junior"],
    ["Recruiting Coordinator", "junior"],
    ["UX Researcher", "unknown"],
    ["Certified Scrum Trainer", "unknown"],
    ["", "unknown"],
  ])("%s: %s", (title, expected) => expect(seniorityOf(title)).toBe(expected));

  it.each([
    ["Analytics Manager", "analytics", "senior"],
    ["Product Manager", "product manager", "unknown"],
    ["Group Product Manager", "product manager", "senior"],
    ["HR Business Partner", "hr business partner", "unknown"],
    ["Product Owner", "product owner", "unknown"],
    ["Associate Product Manager", "product manager", "junior"],
  ])("%s, its field named by %s: %s", (title, named, expected) =>
    expect(seniorityOf(title, new Set(words(named)))).toBe(expected),
  );
});

describe("isLearning and isRecognition", () => {
  it.each([
    ["HCI Student", true],
    ["MPP Candidate '26", true],
    ["Trainer", false],
  ])("%s is learning: %s", (part, expected) => expect(isLearning(part)).toBe(expected));

  it.each([
    ["Keynote Speaker", true],
    ["Author of 'SQL for Humans'", true],
    ["Microsoft MVP (Power BI)", true],
    ["Mixed methods", false],
  ])("%s is recognition: %s", (part, expected) => expect(isRecognition(part)).toBe(expected));
});
