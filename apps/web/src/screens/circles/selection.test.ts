import { createRoot } from "solid-js";
import { describe, expect, it } from "vitest";
import { createSelection } from "./selection";

const order = ["a", "b", "c", "d", "e"];
const picked = (s: ReturnType<typeof createSelection>) => [...s.ids()].sort();

describe("the board's selection", () => {
  it("toggles one at a time and extends a run from the last one picked, either way", () =>
    createRoot((dispose) => {
      const s = createSelection();
      s.toggle("b");
      s.extend(order, "d");
      expect(picked(s)).toEqual(["b", "c", "d"]);
      s.toggle("c");
      expect(picked(s)).toEqual(["b", "d"]);
      // The anchor is now c: a run up to a takes a, b and c.
      s.extend(order, "a");
      expect(picked(s)).toEqual(["a", "b", "c", "d"]);
      s.clear();
      expect(picked(s)).toEqual([]);
      dispose();
    }));

  it("with nothing picked yet, or the anchor in another column, a run is just the one", () =>
    createRoot((dispose) => {
      const s = createSelection();
      s.extend(order, "c");
      expect(picked(s)).toEqual(["c"]);
      s.extend(["x", "y"], "y");
      expect(picked(s)).toEqual(["c", "y"]);
      dispose();
    }));
});
