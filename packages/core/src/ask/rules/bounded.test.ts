import { describe } from "vitest";
import { bounded } from "./bounded";
import { ruleTable } from "./rule-table";

describe("bounded", () => {
  ruleTable(bounded, [
    { name: "a leader asked two questions", ask: { kind: "questions", questions: 2 }, expect: [] },
    {
      name: "a pathfinder asked for fifteen minutes",
      ask: { kind: "call", minutes: 15 },
      contact: { circle: "pathfinders" },
      expect: [],
    },
    {
      name: "a backer need not state the size",
      ask: { kind: "advice" },
      contact: { circle: "backers", tie: "friend" },
      expect: [],
    },
    {
      name: "mentorship after rapport",
      ask: { kind: "mentorship", minutes: 30, specifics: "monthly calls on portfolio building" },
      contact: { tie: "weak" },
      context: { interactions: [{ contactId: "c1", type: "helped", date: "2026-10-01" }] },
      expect: [],
    },
    {
      name: "mentorship from a friend",
      ask: { kind: "mentorship", minutes: 30 },
      contact: { tie: "friend", circle: "pathfinders" },
      expect: [],
    },
    { name: "a leader asked with no size", ask: { kind: "questions" }, expect: ["warning"], mentions: "how big" },
    {
      name: "mentorship before any contact",
      ask: { kind: "mentorship", minutes: 900, recurring: true },
      contact: { circle: "pathfinders" },
      expect: ["error"],
      mentions: "rapport",
    },
    {
      name: "recurring calls with no size and no rapport",
      ask: { kind: "call", recurring: true },
      contact: { circle: "pathfinders", tie: "acquaintance" },
      expect: ["warning", "error"],
    },
    {
      name: "rapport with someone else does not count",
      ask: { kind: "mentorship", minutes: 30 },
      context: { interactions: [{ contactId: "other", type: "helped", date: "2026-10-01" }] },
      expect: ["error"],
    },
  ]);
});
