import { describe } from "vitest";
import { askSingle } from "./ask-single";
import { GOOD_NOTE, lintTable } from "./lint-table";

describe("ask-single", () => {
  lintTable(askSingle, [
    { name: "one request and an easy out", text: GOOD_NOTE, expect: [] },
    {
      name: "several requests to a friend",
      text: "Could you look at my CV? Also, would you introduce me to Priya?",
      context: { tie: "friend" },
      expect: [],
    },
    {
      name: "two requests in a cold note",
      text: "Would you be open to two quick questions? Could you also introduce me to your manager?",
      expect: ["warning"],
      at: "Could you also introduce me to your manager?",
    },
    {
      name: "three requests",
      text: "Could I ask about your path? Would you review my portfolio?\nCan we meet for coffee?",
      expect: ["warning", "warning"],
    },
    {
      name: "a P.S. with another request",
      text: "Would you be open to two quick questions?\n\nP.S. Would you mind sharing the slides?",
      expect: ["warning"],
      at: "P.S. Would you mind sharing the slides?",
    },
  ]);
});
