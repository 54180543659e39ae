import { describe } from "vitest";
import { apology } from "./apology";
import { GOOD_NOTE, lintTable } from "./lint-table";

describe("apology", () => {
  lintTable(apology, [
    { name: "none", text: GOOD_NOTE, expect: [] },
    { name: "one courtesy", text: "Sorry for the cold message! Could I ask two questions?", expect: [] },
    {
      name: "a second apology in a postscript",
      text: "Sorry for the cold message! Could I ask two questions?\n\nThanks,\nSam\n\nPS - I know you're busy, so no stress.",
      expect: ["warning"],
      at: "I know you're busy",
    },
    {
      name: "two",
      text: "Sorry to bother you, I know you're busy, but could I ask two questions?",
      expect: ["warning"],
      at: "I know you're busy",
    },
    {
      name: "three",
      text: "I hate to bother you. Sorry if this is a dumb question. Could I ask?",
      expect: ["warning", "warning"],
      at: "Sorry if",
    },
  ]);
});
