import { describe } from "vitest";
import { proportionate } from "./proportionate";
import { ruleTable } from "./rule-table";

describe("proportionate", () => {
  ruleTable(proportionate, [
    {
      name: "two e-mailed questions to a stranger",
      ask: { kind: "questions", questions: 2, format: "async" },
      expect: [],
    },
    {
      name: "a résumé review from a close friend",
      ask: { kind: "resume-review", specifics: "my résumé" },
      contact: { tie: "close" },
      expect: [],
    },
    {
      name: "coffee across town with a close friend",
      ask: { kind: "coffee", travelMinutes: 40 },
      contact: { tie: "close" },
      expect: [],
    },
    {
      name: "a named introduction from an acquaintance",
      ask: { kind: "introduction", specifics: "an introduction to Maria López" },
      contact: { tie: "acquaintance" },
      expect: [],
    },
    {
      name: "a referral from a friend",
      ask: { kind: "referral", specifics: "a referral for the ID role at Coursera" },
      contact: { tie: "friend" },
      expect: [],
    },
    {
      name: "a weak tie who replied twice is treated as a friend",
      ask: { kind: "call", minutes: 45 },
      contact: { tie: "weak" },
      context: {
        interactions: [
          { contactId: "c1", type: "replied", date: "2026-10-01" },
          { contactId: "c1", type: "met", date: "2026-10-10" },
        ],
      },
      expect: [],
    },
    {
      name: "a stranger asked for a résumé review",
      ask: { kind: "resume-review", specifics: "my résumé" },
      expect: ["error", "error"],
      mentions: "30 minutes",
    },
    {
      name: "a twenty-minute answer from a stranger is a stretch",
      ask: { kind: "questions", minutes: 20 },
      expect: ["warning"],
    },
    {
      name: "a short call with a stranger is a stretch",
      ask: { kind: "call", minutes: 15, format: "call" },
      expect: ["warning"],
      mentions: "stretch",
    },
    {
      name: "an hour with a stranger",
      ask: { kind: "call", minutes: 60, format: "video" },
      expect: ["error", "error"],
    },
    {
      name: "a weak tie asked to drive across town",
      ask: { kind: "coffee", minutes: 20, travelMinutes: 40 },
      contact: { tie: "weak" },
      expect: ["error", "error"],
      mentions: "travel",
    },
    {
      name: "an introduction from a weak tie",
      ask: { kind: "introduction", specifics: "an introduction to Maria López" },
      contact: { tie: "weak" },
      expect: ["error"],
      mentions: "name on the line",
    },
    {
      name: "an unnamed introduction from an acquaintance",
      ask: { kind: "introduction", specifics: "intro to a hiring manager" },
      contact: { tie: "acquaintance" },
      expect: ["warning"],
    },
    {
      name: "a job from a stranger",
      ask: { kind: "job", minutes: 10, format: "async" },
      expect: ["error"],
      mentions: "job",
    },
    {
      name: "a job from a friend is a stretch",
      ask: { kind: "job", minutes: 30 },
      contact: { tie: "friend" },
      expect: ["warning"],
    },
    {
      name: "a referral from an acquaintance",
      ask: { kind: "referral", specifics: "a referral at Coursera", minutes: 20 },
      contact: { tie: "acquaintance" },
      expect: ["error"],
    },
    {
      name: "configured allowance: strangers give 30 minutes",
      ask: { kind: "questions", minutes: 30 },
      context: { allowances: { stranger: { minutes: 30 } } },
      expect: [],
    },
  ]);
});
