import { describe, expect, it } from "vitest";
import { ASK_KINDS } from "../schemas/ask";
import { askDefaults, formatOf, minutesOf, travelOf } from "./ask-cost";

describe("askDefaults", () => {
  it.each(ASK_KINDS)("a %s starts from what checkAsk assumes when the ask says nothing", (kind) => {
    const bare = { kind, specifics: "how you moved into research operations" };
    const filled = { ...bare, ...askDefaults(kind) };
    expect(minutesOf(filled)).toBe(minutesOf(bare));
    expect(formatOf(filled)).toBe(formatOf(bare));
    expect(travelOf(filled)).toBe(travelOf(bare));
  });

  it("gives travel only to asks met in person, and a count only to questions", () => {
    expect(askDefaults("questions")).toEqual({ format: "async", questions: 2, minutes: 10 });
    expect(askDefaults("coffee").travelMinutes).toBeGreaterThan(0);
    for (const kind of ASK_KINDS) {
      const d = askDefaults(kind);
      expect(d.travelMinutes !== undefined, kind).toBe(d.format === "in-person");
      expect(d.questions !== undefined, kind).toBe(kind === "questions");
    }
  });
});
