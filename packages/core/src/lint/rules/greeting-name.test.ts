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
  ]);
});
