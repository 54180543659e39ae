import { describe } from "vitest";
import { GOOD_NOTE, lintTable } from "./lint-table";
import { noUrgency } from "./no-urgency";

describe("no-urgency", () => {
  lintTable(noUrgency, [
    { name: "no pressure", text: GOOD_NOTE, expect: [] },
    { name: "a week is fine", text: "Whenever suits you in the next few weeks.", expect: [] },
    { name: "ASAP", text: "Could you reply ASAP?", expect: ["warning"], at: "ASAP" },
    { name: "urgent", text: "URGENT: quick question about your course", expect: ["warning"], at: "URGENT" },
    { name: "by tomorrow", text: "Would you send it by tomorrow?", expect: ["warning"], at: "by tomorrow" },
    {
      name: "drop everything",
      text: "I know it's a lot to ask you to drop everything.",
      expect: ["warning"],
      at: "drop everything",
    },
    {
      name: "things are moving quickly",
      text: "Things are moving quickly on my side, so could we talk right away?",
      expect: ["warning", "warning"],
      at: "Things are moving quickly",
    },
  ]);
});
