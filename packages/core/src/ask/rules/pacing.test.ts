import { describe } from "vitest";
import { pacing } from "./pacing";
import { ruleTable } from "./rule-table";

const sent = (date: string, contactId = "c1") => ({ contactId, type: "sent" as const, date });

describe("pacing", () => {
  ruleTable(pacing, [
    { name: "a first ask", ask: { kind: "questions" }, expect: [] },
    {
      name: "the last ask was three weeks ago",
      ask: { kind: "questions" },
      context: { interactions: [sent("2026-11-04")] },
      expect: [],
    },
    {
      name: "an open ask with someone else",
      ask: { kind: "questions" },
      context: { openAsks: [{ contactId: "c2", kind: "call", since: "2026-11-20" }] },
      expect: [],
    },
    {
      name: "a close tie may be asked again this week",
      ask: { kind: "advice" },
      contact: { tie: "close" },
      context: { interactions: [sent("2026-11-23")] },
      expect: [],
    },
    {
      name: "an ask already open with this person",
      ask: { kind: "questions" },
      context: { openAsks: [{ contactId: "c1", kind: "call", since: "2026-11-20" }] },
      expect: ["error"],
      mentions: "wait",
    },
    {
      name: "asked five days ago",
      ask: { kind: "questions" },
      context: { interactions: [sent("2026-11-20")] },
      expect: ["warning"],
      mentions: "5 days ago",
    },
    {
      name: "open ask and asked today",
      ask: { kind: "call" },
      context: {
        interactions: [sent("2026-11-25")],
        openAsks: [{ contactId: "c1", kind: "questions", since: "2026-11-25" }],
      },
      expect: ["error", "warning"],
    },
  ]);
});
