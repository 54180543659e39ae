import type { Suggestion } from "../../schemas/finding";
import type { JudgedAsk } from "../read/judge-reading";

/** The right-sized ask `checkAsk` proposes for a request read from the message, as a finding's suggestion. */
export function suggestionFor(judged: JudgedAsk): Suggestion | undefined {
  const smaller = judged.rightSized();
  if (!smaller) return undefined;
  return { message: `Ask for ${smaller.specifics} instead.`, ask: smaller };
}
