import { describe, expect, it } from "vitest";
import { parseConnectedOn } from "./connected-on";

describe("parseConnectedOn", () => {
  it.each([
    ["05 Mar 2024", "2024-03-05"],
    ["1 Sep 2023", "2023-09-01"],
    ["12 Sept 2025", "2025-09-12"],
    ["29 Feb 2024", "2024-02-29"],
    ["3 December 2020", "2020-12-03"],
    ["2024-03-05", "2024-03-05"],
    ["29 Feb 2023", null],
    ["31 Apr 2024", null],
    ["Mar 5 2024", null],
    ["yesterday", null],
    ["", null],
  ])("%s → %s", (input, expected) => expect(parseConnectedOn(input)).toBe(expected));
});
