import type { Anatomy } from "../anatomy";
import { testProse } from "./each-match";
import { OFFER_OF_HELP } from "./phrases";

/**
 * The message is there to offer help, and asks what it needs to: "Is there a tool that would make the board
 * easier? I could build it." An offer with no question ("Let me know if I can ever help") asks nothing.
 */
export const offersHelp = (message: Anatomy): boolean =>
  testProse(OFFER_OF_HELP, message) && message.sentences.some((s) => s.text.includes("?"));
