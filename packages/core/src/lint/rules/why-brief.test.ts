import { describe } from "vitest";
import { GOOD_NOTE, lintTable } from "./lint-table";
import { whyBrief } from "./why-brief";

describe("why-brief", () => {
  lintTable(whyBrief, [
    { name: "one sentence of why", text: GOOD_NOTE, expect: [] },
    {
      name: "reaching out because",
      text: "I'm reaching out because you made the move from nursing to UX. Could I ask two questions?",
      expect: [],
    },
    {
      name: "two sentences",
      text: "I'm a teacher. I've built twelve online courses. Would you be open to two questions?",
      expect: [],
    },
    {
      name: "no reason",
      text: "Hi Sarah,\nWould you be open to two quick questions?",
      expect: ["warning"],
      at: "Would you be open to two quick questions?",
    },
    {
      name: "a life story",
      text: "Hi Sarah,\nI'm a teacher. I've taught for ten years. My students love my lessons. I recently finished a UX course. I want to design courses now.\nCould I ask two questions?",
      expect: ["warning"],
      at: "I'm a teacher. I've taught for ten years. My students love my lessons. I recently finished a UX course. I want to design courses now.",
    },
    { name: "a thank-you note needs no reason", text: "Thank you!", context: { purpose: "thank" }, expect: [] },
  ]);
});
