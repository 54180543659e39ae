import { describe } from "vitest";
import { length } from "./length";
import { GOOD_NOTE, lintTable } from "./lint-table";

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i + 1}`).join(" ");

describe("length", () => {
  lintTable(length, [
    { name: "a 55-word cold note", text: GOOD_NOTE, expect: [] },
    { name: "74 words", text: `Hi Sarah,\n${words(72)}.`, expect: [] },
    {
      name: "a signature does not count",
      text: `Hi Sarah,\n${words(70)}.\n\nBest,\nAna Ruiz\nInstructional Design Student | Portfolio: ana.design | +1 555 0100 | she/her`,
      expect: [],
    },
    {
      name: "a quoted reply does not count",
      text: `Thanks Sarah!\n\nOn Tue, Nov 24, 2026 at 9:00 AM Sarah Chen <s@x.com> wrote:\n> ${words(200)}`,
      expect: [],
    },
    {
      name: "a warm e-mail of 140 words is long too",
      text: words(140),
      context: { tie: "friend" },
      expect: ["warning"],
    },
    { name: "a warm e-mail of 95 words", text: words(95), context: { tie: "friend" }, expect: [] },
    { name: "a connection note is not an e-mail", text: words(120), context: { channel: "linkedin-note" }, expect: [] },
    {
      name: "90 words cold is a hint",
      text: `Hi Sarah,\n${words(88)}.`,
      expect: ["info"],
      at: ` ${words(88).split(" ").slice(73).join(" ")}.`,
    },
    {
      name: "120 words cold is an error from word 100 on",
      text: words(120),
      expect: ["error"],
      at: " word101 word102 word103 word104 word105 word106 word107 word108 word109 word110 word111 word112 word113 word114 word115 word116 word117 word118 word119 word120",
    },
    { name: "a warm e-mail of 160 words", text: words(160), context: { tie: "friend" }, expect: ["warning"] },
    {
      name: "a long subject is a hint: the inbox cuts it, the message is no longer",
      text: GOOD_NOTE,
      context: { subject: "A question from a teacher who is moving into instructional design after ten years" },
      expect: ["info"],
      at: "esign after ten years",
    },
  ]);
});
