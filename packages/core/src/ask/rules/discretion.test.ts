import { describe } from "vitest";
import { discretion } from "./discretion";
import { PIVOT, ruleTable } from "./rule-table";

describe("discretion", () => {
  ruleTable(discretion, [
    {
      name: "a colleague asked about current work",
      ask: { kind: "questions", specifics: "two questions about the Q3 onboarding rollout" },
      contact: { currentColleague: true, tie: "friend" },
      expect: [],
    },
    {
      name: "an introduction from a friend who is not a colleague",
      ask: { kind: "introduction", specifics: "intro to Maria López" },
      contact: { tie: "friend" },
      expect: [],
    },
    {
      name: "a colleague once the user has left",
      ask: { kind: "introduction", specifics: "intro to Maria López" },
      contact: { currentColleague: true },
      context: { pivot: { ...PIVOT, stillEmployed: false } },
      expect: [],
    },
    {
      name: "a colleague asked for an introduction to another company",
      ask: { kind: "introduction", specifics: "an introduction to Maria López at Duolingo" },
      contact: { currentColleague: true, tie: "friend" },
      expect: ["error"],
      mentions: "discreet",
    },
    {
      name: "a colleague asked about the target field",
      ask: { kind: "questions", specifics: "questions about instructional design jobs" },
      contact: { currentColleague: true },
      expect: ["error"],
    },
    {
      name: "a colleague told about the job search",
      ask: { kind: "advice", specifics: "advice on my job search" },
      contact: { currentColleague: true, tie: "close" },
      expect: ["error"],
    },
    {
      name: "a colleague asked for a reference",
      ask: { kind: "reference", specifics: "a reference" },
      contact: { currentColleague: true },
      expect: ["error"],
    },
  ]);
});
