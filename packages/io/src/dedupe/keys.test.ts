import { describe, expect, it } from "vitest";
import { nameKey } from "./keys";

describe("nameKey", () => {
  // The API's search folds with core's foldAccents as well: a name one finds, the other takes for the same person.
  it.each([
    ["Sørensen", "Sorensen"],
    ["Łukasz Wałęsa", "Lukasz Walesa"],
    ["Þórunn Æsa", "Thorunn Aesa"],
    ["Weiß", "Weiss"],
    ["Maya (she/her) Patel", "maya patel"],
  ])("%s is %s", (typed, plain) => {
    expect(nameKey(typed)).toBe(nameKey(plain));
  });
});
