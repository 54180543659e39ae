import { describe, expect, it } from "vitest";
import { analyse } from "../anatomy";
import { offersHelp } from "./offer-of-help";

describe("offersHelp", () => {
  it.each([
    ["an offer with the question it needs answered", "Would a shared rota help? I could build it for free.", true],
    ["an offer with no question", "Let me know if I can ever help with anything at the trust.", false],
    ["a question with no offer", "Would a shared rota help your volunteers?", false],
    [
      "an offer in a postscript",
      "Loved the piece.\n\nBest,\nIwan\n\nP.S. How can I help? Happy to help with the rota.",
      true,
    ],
  ])("%s", (_name, text, expected) => {
    expect(offersHelp(analyse(text))).toBe(expected);
  });
});
