import { describe } from "vitest";
import { followUp } from "./follow-up";
import { lintTable } from "./lint-table";

const followUpContext = { purpose: "follow-up", tie: "stranger" } as const;

describe("follow-up", () => {
  lintTable(followUp, [
    { name: "not a follow-up", text: "Could I ask you two quick questions about your research?", expect: [] },
    {
      name: "a short follow-up with a way out",
      text: "Hi Sarah, following up on my note last week about your DevLearn talk. Would two quick questions by email work? No worries if not.",
      context: followUpContext,
      expect: [],
    },
    {
      name: "read as a follow-up from the text",
      text: "Hi Sarah, just circling back on my email from last week. Would two quick questions work? No pressure at all.",
      context: { tie: "stranger" },
      expect: [],
    },
    {
      name: "read as a follow-up from not having heard back",
      text: "Hi Sarah, since I haven't heard back, I wanted to ask again: would two quick questions work? No worries if not.",
      context: { tie: "stranger" },
      expect: [],
    },
    {
      name: "given as a follow-up, but says nothing of the first message",
      text: "Hi Sarah, would two quick questions about portfolios work? No worries if not.",
      context: followUpContext,
      expect: ["warning"],
      at: "would two quick questions about portfolios work?",
    },
    {
      name: "the way out given in a postscript",
      text: "Hi Sarah, following up on my note last week about your DevLearn talk. Would two quick questions by email work?\n\nBest,\nSam\n\nP.S. No worries if now is not a good time.",
      context: followUpContext,
      expect: [],
    },
    {
      name: "a reply with the first message quoted below needs no other reference",
      text: "Hi Sarah, would two quick questions by email work? No worries if not.\n\nOn Mon, Nov 30, 2026 at 9:02 AM Sam Lee <sam@example.com> wrote:\n> Hi Sarah, I'm moving from teaching into UX research…",
      context: followUpContext,
      expect: [],
    },
    {
      name: "no way out",
      text: "Hi Sarah, following up on my note about portfolios. Would two quick questions work?",
      context: followUpContext,
      expect: ["info"],
    },
    {
      name: "too long",
      text: `Hi Sarah, following up on my note from last week. ${"I have been thinking about it a lot since then. ".repeat(8)}Would two quick questions work? No worries if not.`,
      context: followUpContext,
      expect: ["warning"],
    },
  ]);
});
