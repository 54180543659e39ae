import { describe, expect, it } from "vitest";
import { transitionFromTitle } from "./transition";

describe("transitionFromTitle", () => {
  it.each([
    ["Former nurse → Product Designer", { from: "nurse", to: "Product Designer" }],
    ["Teacher turned Learning Designer", { from: "Teacher", to: "Learning Designer" }],
    ["Data Scientist (ex-teacher)", { from: "teacher", to: "Data Scientist" }],
    ["UX Researcher | ex-middle school teacher", { from: "middle school teacher", to: "UX Researcher" }],
    ["Now: Data Analyst at Wise. Before: Chartered Accountant", { from: "Chartered Accountant", to: "Data Analyst" }],
    ["Head of Data, Monzo | Ex-Google", undefined],
    ["Software Engineer", undefined],
  ])("%s → %j", (title, transition) => expect(transitionFromTitle(title)).toEqual(transition));
});
