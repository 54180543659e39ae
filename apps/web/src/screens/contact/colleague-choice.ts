import { matchCurrentEmployer } from "@enlist/core/circles";

const DISCREET = "While you are still employed, Enlist keeps messages to colleagues discreet.";

/** What the contact form's colleague checkbox shows, and why. */
export interface ColleagueChoice {
  checked: boolean;
  hint: string;
  /** The user's own choice stands against the employer's answer; they may hand it back. */
  yours: boolean;
}

/**
 * The colleague checkbox as the API will decide it: the user's choice on this form (`chosen`), else one
 * they made before (colleagueSource "you"), else the employer rule on the company as typed — the same
 * matchCurrentEmployer the API calls, so what the form shows is what gets saved.
 */
export function colleagueChoice(
  initial: { currentColleague?: boolean | undefined; colleagueSource?: string | undefined },
  chosen: boolean | null | undefined,
  currentEmployer: string | undefined,
  company: string,
): ColleagueChoice {
  const rule = matchCurrentEmployer({ currentEmployer }, { company });
  const own =
    chosen === undefined
      ? initial.colleagueSource === "you"
        ? initial.currentColleague
        : undefined
      : (chosen ?? undefined);
  if (own !== undefined && own !== rule.colleague) {
    return {
      checked: own,
      hint: own
        ? `You marked them as one. ${DISCREET}`
        : "You said they are not one, though their company is your current employer.",
      yours: true,
    };
  }
  return { checked: rule.colleague, hint: rule.colleague ? `${rule.reason} ${DISCREET}` : DISCREET, yours: false };
}
