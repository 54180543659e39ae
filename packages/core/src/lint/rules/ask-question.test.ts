import { describe } from "vitest";
import { askQuestion } from "./ask-question";
import { GOOD_NOTE, lintTable } from "./lint-table";

describe("ask-question", () => {
  lintTable(askQuestion, [
    { name: "a question mark", text: GOOD_NOTE, expect: [] },
    {
      name: "a question with a trailing emoji-free space",
      text: "Could I ask two questions about your work? ",
      expect: [],
    },
    { name: "no request: nothing to phrase", text: "Loved your talk.", expect: [] },
    {
      name: "I'd love to, as a statement",
      text: "Hi Sarah,\nI'd love to ask you two questions about your portfolio.\nThanks!",
      expect: ["warning"],
      at: "I'd love to ask you two questions about your portfolio.",
    },
    {
      name: "please, as an instruction",
      text: "Please send me your thoughts on storyboarding tools.",
      expect: ["warning"],
    },
  ]);
});
