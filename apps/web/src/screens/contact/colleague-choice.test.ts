import { describe, expect, it } from "vitest";
import { colleagueChoice } from "./colleague-choice";

const employer = "Lincoln High School";
const discreet = "While you are still employed, Enlist keeps messages to colleagues discreet.";

describe("the contact form's colleague checkbox", () => {
  it.each<
    [
      string,
      Parameters<typeof colleagueChoice>[0],
      boolean | null | undefined,
      string,
      { checked: boolean; yours: boolean; hint: string },
    ]
  >([
    [
      "a company at the employer is ticked, with the reason",
      {},
      undefined,
      "Lincoln High",
      {
        checked: true,
        yours: false,
        hint: `Works at Lincoln High, your current employer (Lincoln High School). ${discreet}`,
      },
    ],
    ["a company elsewhere is not", {}, undefined, "Google", { checked: false, yours: false, hint: discreet }],
    [
      "unticking one at the employer is the user's choice",
      {},
      false,
      "Lincoln High",
      {
        checked: false,
        yours: true,
        hint: "You said they are not one, though their company is your current employer.",
      },
    ],
    [
      "ticking one elsewhere is the user's choice",
      {},
      true,
      "Google",
      { checked: true, yours: true, hint: `You marked them as one. ${discreet}` },
    ],
    [
      "ticking one the employer already ticks is no choice",
      {},
      true,
      "Lincoln High",
      {
        checked: true,
        yours: false,
        hint: `Works at Lincoln High, your current employer (Lincoln High School). ${discreet}`,
      },
    ],
    [
      "a choice saved before still shows",
      { currentColleague: false, colleagueSource: "you" },
      undefined,
      "Lincoln High",
      {
        checked: false,
        yours: true,
        hint: "You said they are not one, though their company is your current employer.",
      },
    ],
    [
      "handing it back shows the employer's answer",
      { currentColleague: false, colleagueSource: "you" },
      null,
      "Lincoln High",
      {
        checked: true,
        yours: false,
        hint: `Works at Lincoln High, your current employer (Lincoln High School). ${discreet}`,
      },
    ],
    [
      "the employer's earlier mark follows the company as it is changed",
      { currentColleague: true, colleagueSource: "employer" },
      undefined,
      "Coursera",
      { checked: false, yours: false, hint: discreet },
    ],
  ])("%s", (_why, initial, chosen, company, expected) => {
    expect(colleagueChoice(initial, chosen, employer, company)).toEqual(expected);
  });

  it("with no employer in the pivot, only the user decides", () => {
    expect(colleagueChoice({}, undefined, undefined, "Lincoln High")).toEqual({
      checked: false,
      yours: false,
      hint: discreet,
    });
  });
});
