import { describe } from "vitest";
import { GOOD_NOTE, lintTable } from "./lint-table";
import { placeholder } from "./placeholder";

describe("placeholder", () => {
  lintTable(placeholder, [
    { name: "all filled in", text: GOOD_NOTE, expect: [] },
    {
      name: "an email address in angle brackets is fine",
      text: "Sarah Chen <sarah@example.com> suggested I write.",
      expect: [],
    },
    { name: "[Name]", text: "Hi [Name],\nCould I ask two questions?", expect: ["error"], at: "[Name]" },
    { name: "{{company}}", text: "I love what {{company}} is doing.", expect: ["error"], at: "{{company}}" },
    {
      name: "<first name>",
      text: "Hi <first name>, could I ask two questions?",
      expect: ["error"],
      at: "<first name>",
    },
    {
      name: "XXX and TODO",
      text: "Your talk at XXX was great. TODO: add compliment",
      expect: ["error", "error"],
      at: "XXX",
    },
    {
      name: "in the subject",
      text: "Hi Sarah",
      context: { subject: "Question for {{first_name}}" },
      expect: ["error"],
      at: "{{first_name}}",
    },
  ]);
});
