import type { EmployerMatch } from "@enlist/core";

/**
 * Who decided whether a contact is a current colleague: "employer" when the pivot's current employer
 * matched their company (and may unmark them when it changes), "you" when the user said otherwise than
 * that rule (never changed but by the user).
 */
export const COLLEAGUE_SOURCES = ["employer", "you"] as const;
export type ColleagueSource = (typeof COLLEAGUE_SOURCES)[number];

/** The colleague fields a stored contact holds, beside the core Contact's. */
export type ColleagueMarks = {
  currentColleague?: boolean;
  colleagueSource?: ColleagueSource;
  /** Why the employer rule marked them: "Works at Lincoln High, your current employer (Lincoln High School)." */
  colleagueReason?: string;
};

/**
 * A contact's colleague fields after a write. `sent` is what the request said of `currentColleague`:
 * nothing (undefined: a choice the user made before stands), null (back to the rule), or a boolean — the
 * user's choice only when it differs from what the rule says, since a form that shows the rule's answer
 * sends it back unchanged.
 */
export function colleagueMarks(
  previous: ColleagueMarks | undefined,
  sent: boolean | null | undefined,
  match: EmployerMatch,
): ColleagueMarks {
  const choice =
    sent === undefined
      ? previous?.colleagueSource === "you"
        ? previous.currentColleague
        : undefined
      : sent === null || sent === match.colleague
        ? undefined
        : sent;
  if (choice !== undefined) return { currentColleague: choice, colleagueSource: "you" };
  return match.colleague ? { currentColleague: true, colleagueSource: "employer", colleagueReason: match.reason } : {};
}

export const sameMarks = (a: ColleagueMarks, b: ColleagueMarks): boolean =>
  a.currentColleague === b.currentColleague &&
  a.colleagueSource === b.colleagueSource &&
  a.colleagueReason === b.colleagueReason;
