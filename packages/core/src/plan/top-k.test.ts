import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { topK } from "./top-k";

describe("topK", () => {
  it("equals the first k of a full sort", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 })), fc.integer({ min: 0, max: 30 }), (xs, k) => {
        const cmp = (a: number, b: number) => b - a;
        expect(topK(xs, k, cmp)).toEqual([...xs].sort(cmp).slice(0, k));
      }),
    );
  });
});
