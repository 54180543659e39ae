import { describe } from "vitest";
import { greetingName } from "./greeting-name";
import { GOOD_NOTE, lintTable } from "./lint-table";

describe("greeting-name", () => {
  lintTable(greetingName, [
    { name: "Hi Sarah,", text: GOOD_NOTE, expect: [] },
    { name: "Dear Dr. Chen", text: "Dear Dr. Chen,\nCould I ask two questions?", expect: [] },
    { name: "full name", text: "Hello Sarah Chen!\nCould I ask two questions?", expect: [] },
    { name: "accents do not matter", text: "Hi Jose,", context: { recipientName: "José Núñez" }, expect: [] },
    { name: "Hi there", text: "Hi there,\nCould I ask?", expect: [] },
    { name: "no recipient known", text: "Hi Sara,", context: { recipientName: undefined }, expect: [] },
    { name: "Sara vs Sarah", text: "Hi Sara,\nCould I ask two questions?", expect: ["error"], at: "Sara" },
    { name: "someone else entirely", text: "Dear Michael,\nCould I ask?", expect: ["error"], at: "Michael" },
    { name: "wrong title name", text: "Dear Dr. Chan,", expect: ["error"], at: "Dr. Chan" },
    // Short notes greet inline, on the line the message starts on: the builder writes LinkedIn notes so.
    {
      name: "inline, right name",
      text: "Hi Sarah — I loved your talk on microlearning. May I ask two quick questions?",
      expect: [],
    },
    {
      name: "inline, Sara vs Sarah",
      text: "Hi Sara — I loved your talk on microlearning. May I ask two quick questions?",
      expect: ["error"],
      at: "Sara",
    },
    {
      name: "inline with a comma",
      text: "Hello Sara, I loved your talk. May I ask two quick questions?",
      expect: ["error"],
      at: "Sara",
    },
    { name: "inline, not a name", text: "Hi there — may I ask two quick questions?", expect: [] },
  ]);
});
