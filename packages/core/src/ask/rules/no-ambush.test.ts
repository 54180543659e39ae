import { describe } from "vitest";
import { noAmbush } from "./no-ambush";
import { ruleTable } from "./rule-table";

describe("no-ambush", () => {
  ruleTable(noAmbush, [
    { name: "no deadline", ask: { kind: "questions" }, expect: [] },
    { name: "a deadline two weeks out", ask: { kind: "questions", deadline: "2026-12-09" }, expect: [] },
    {
      name: "a close tie may be asked for tomorrow",
      ask: { kind: "resume-review", specifics: "my résumé", deadline: "2026-11-26" },
      contact: { tie: "close" },
      expect: [],
    },
    {
      name: "a close tie may be told I'll stop by",
      ask: { kind: "coffee", specifics: "I'll stop by your place Sunday" },
      contact: { tie: "close" },
      expect: [],
    },
    {
      name: "tomorrow, to a weak tie",
      ask: { kind: "coffee", deadline: "2026-11-26" },
      contact: { tie: "weak" },
      expect: ["error"],
      mentions: "tomorrow",
    },
    {
      name: "today, to a stranger",
      ask: { kind: "questions", deadline: "2026-11-25" },
      expect: ["error"],
      mentions: "today",
    },
    { name: "four days is short notice", ask: { kind: "questions", deadline: "2026-11-29" }, expect: ["warning"] },
    {
      name: "a deadline already passed",
      ask: { kind: "questions", deadline: "2026-11-20" },
      contact: { tie: "close" },
      expect: ["error"],
      mentions: "passed",
    },
    {
      name: "I'll stop by your office",
      ask: { kind: "meeting", specifics: "I’ll stop by your office on Tuesday" },
      contact: { tie: "acquaintance" },
      expect: ["error"],
      mentions: "stop by",
    },
    {
      name: "I'll call you Tuesday",
      ask: { kind: "call", specifics: "I'll call you Tuesday at 9 about onboarding" },
      expect: ["error"],
    },
  ]);
});
