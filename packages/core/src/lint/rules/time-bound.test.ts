import { describe } from "vitest";
import { GOOD_NOTE, lintTable } from "./lint-table";
import { timeBound } from "./time-bound";

describe("time-bound", () => {
  lintTable(timeBound, [
    { name: "two quick questions", text: GOOD_NOTE, expect: [] },
    {
      name: "a 15-minute call",
      text: "Would you be open to a 15-minute call next week?",
      context: { circle: "pathfinders" },
      expect: [],
    },
    { name: "fifteen minutes", text: "Could I borrow fifteen minutes of your time?", expect: [] },
    { name: "a quick question", text: "May I ask you a quick question about your portfolio?", expect: [] },
    {
      name: "a backer need not say",
      text: "Could you look over my CV?",
      context: { circle: "backers", tie: "close" },
      expect: [],
    },
    {
      name: "a call of no size",
      text: "Would you be open to a call about your move into UX?",
      context: { circle: "pathfinders" },
      expect: ["warning"],
      at: "Would you be open to a call about your move into UX?",
    },
    { name: "some questions", text: "Could I ask you some questions?", expect: ["warning"] },
  ]);
});
