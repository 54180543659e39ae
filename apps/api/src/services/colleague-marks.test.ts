import { describe, expect, it } from "vitest";
import { colleagueMarks, type ColleagueMarks } from "./colleague-marks";

const atEmployer = { colleague: true, reason: "Works at Lincoln High, your current employer (Lincoln High School)." };
const elsewhere = { colleague: false, reason: "Works at Google, not at Lincoln High School." };
const byRule: ColleagueMarks = {
  currentColleague: true,
  colleagueSource: "employer",
  colleagueReason: atEmployer.reason,
};
const yes: ColleagueMarks = { currentColleague: true, colleagueSource: "you" };
const no: ColleagueMarks = { currentColleague: false, colleagueSource: "you" };
// Stored before marks were kept: only the flag, as the web form always sent it.
const legacyFalse: ColleagueMarks = { currentColleague: false };

describe("colleagueMarks", () => {
  it.each<[string, ColleagueMarks | undefined, boolean | null | undefined, typeof atEmployer, ColleagueMarks]>([
    ["a new contact at the employer is marked by the rule", undefined, undefined, atEmployer, byRule],
    ["a new contact elsewhere is not marked", undefined, undefined, elsewhere, {}],
    ["sending what the rule says is no choice of the user's", undefined, true, atEmployer, byRule],
    ["sending false for someone elsewhere is no choice either", undefined, false, elsewhere, {}],
    ["saying no to someone at the employer is the user's choice", undefined, false, atEmployer, no],
    ["saying yes to someone elsewhere is the user's choice", undefined, true, elsewhere, yes],
    ["the employer changes: the rule's mark goes", byRule, undefined, elsewhere, {}],
    ["the employer changes: the rule marks someone it had not", legacyFalse, undefined, atEmployer, byRule],
    ["the employer changes: the user's yes stays", yes, undefined, elsewhere, yes],
    ["the employer changes: the user's no stays", no, undefined, atEmployer, no],
    ["the user's earlier choice stands even when the rule now agrees", yes, undefined, atEmployer, yes],
    ["null hands the decision back to the rule", no, null, atEmployer, byRule],
    ["null with no match leaves no mark", yes, null, elsewhere, {}],
    ["a new choice replaces the old one", no, true, elsewhere, yes],
  ])("%s", (_why, previous, sent, match, expected) => {
    expect(colleagueMarks(previous, sent, match)).toEqual(expected);
  });
});
