import { describe } from "vitest";
import { aboutThem } from "./about-them";
import { GOOD_NOTE, lintTable } from "./lint-table";

const selfish =
  "Hi Sarah,\nI'm a teacher and I've taught for ten years. I love my students but I want a change. I think my skills fit design. I have built my own courses.\nWould you be open to two questions?\n\nBest,\nAna — I am on my phone, my apologies for typos";

describe("about-them", () => {
  lintTable(aboutThem, [
    { name: "a balanced note", text: GOOD_NOTE, expect: [] },
    { name: "a warm message may be about the sender", text: selfish, context: { tie: "friend" }, expect: [] },
    {
      name: "a short note with a few I's",
      text: "I loved your talk. I'm a teacher. Could I ask two questions?",
      expect: [],
    },
    { name: "all about the sender (the signature does not count)", text: selfish, expect: ["warning"] },
  ]);
});
