import { describe } from "vitest";
import { attachmentCold } from "./attachment-cold";
import { GOOD_NOTE, lintTable } from "./lint-table";

describe("attachment-cold", () => {
  lintTable(attachmentCold, [
    { name: "none", text: GOOD_NOTE, expect: [] },
    {
      name: "to a friend",
      text: "I've attached my résumé, thanks for looking!",
      context: { tie: "friend" },
      expect: [],
    },
    {
      name: "attached my résumé",
      text: "Could I ask two questions? I've attached my résumé for context.",
      expect: ["warning"],
      at: "I've attached my résumé",
    },
    {
      name: "please find attached",
      text: "Please find attached my CV.",
      expect: ["warning"],
      at: "Please find attached",
    },
    {
      name: "a pasted résumé",
      text: "Could I ask two questions?\n\nEXPERIENCE\nTeacher, 2014–2024",
      expect: ["warning"],
      at: "EXPERIENCE",
    },
  ]);
});
