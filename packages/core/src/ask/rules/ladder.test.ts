import { describe } from "vitest";
import { ladder } from "./ladder";
import { ruleTable } from "./rule-table";

describe("ladder", () => {
  ruleTable(ladder, [
    { name: "questions first, to a stranger", ask: { kind: "questions" }, expect: [] },
    { name: "a friend can be asked anything", ask: { kind: "referral" }, contact: { tie: "friend" }, expect: [] },
    {
      name: "an acquaintance can be asked for an introduction",
      ask: { kind: "introduction" },
      contact: { tie: "acquaintance" },
      expect: [],
    },
    {
      name: "a call after questions were granted",
      ask: { kind: "call" },
      context: { grantedAsks: ["questions"] },
      expect: [],
    },
    {
      name: "a review after a call and an introduction",
      ask: { kind: "resume-review" },
      contact: { tie: "weak" },
      context: { grantedAsks: ["call", "introduction"] },
      expect: [],
    },
    { name: "a stranger asked for a call is one rung early", ask: { kind: "call" }, expect: ["warning"] },
    {
      name: "a stranger asked for an introduction",
      ask: { kind: "introduction" },
      expect: ["error"],
      mentions: "ask for a few questions before",
    },
    { name: "a stranger asked for a job", ask: { kind: "job" }, expect: ["error"] },
    {
      name: "a weak tie asked for a résumé review",
      ask: { kind: "resume-review" },
      contact: { tie: "weak" },
      expect: ["error"],
    },
    {
      name: "an acquaintance asked for a referral",
      ask: { kind: "referral" },
      contact: { tie: "acquaintance" },
      expect: ["warning"],
    },
  ]);
});
