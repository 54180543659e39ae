import { describe } from "vitest";
import { GOOD_NOTE, lintTable } from "./lint-table";
import { noPresumption } from "./no-presumption";

describe("no-presumption", () => {
  lintTable(noPresumption, [
    { name: "asking", text: GOOD_NOTE, expect: [] },
    { name: "offering a choice", text: "Would a call next Tuesday work, or is e-mail easier?", expect: [] },
    { name: "a close tie", text: "I'll call you Tuesday!", context: { tie: "close" }, expect: [] },
    {
      name: "I'll call you Tuesday",
      text: "I'll call you Tuesday at 10 to discuss.",
      expect: ["error"],
      at: "I'll call you",
    },
    { name: "curly apostrophe", text: "I’ll stop by your office on Friday.", expect: ["error"], at: "I’ll stop by" },
    {
      name: "sent an invite",
      text: "I've sent you a calendar invite for Thursday.",
      expect: ["error"],
      at: "I've sent you a calendar",
    },
    {
      name: "see you Monday",
      text: "Looking forward to it — see you on Monday!",
      expect: ["error"],
      at: "see you on Monday",
    },
  ]);
});
