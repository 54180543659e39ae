import { describe, expect, it } from "vitest";
import { analyse } from "./anatomy";

const texts = (text: string) => analyse(text).sentences.map((s) => s.text);

describe("analyse", () => {
  it("ends the body at the sign-off", () => {
    const a = analyse("Hi Kim,\nCould we talk next week?\n\nBest,\nDaniela");
    expect(a.text.slice(0, a.bodyEnd)).toBe("Hi Kim,\nCould we talk next week?\n\n");
    expect(texts(a.text)).toEqual(["Could we talk next week?"]);
  });

  it("reads a postscript under the signature, leaving its words out of the count", () => {
    const text =
      "Hi Kim,\nGreat to meet you at UXPA.\n\nAll the best,\nDaniela\n\nP.S. Would you be up for a 15-minute call?";
    const a = analyse(text);
    expect(texts(text)).toEqual(["Great to meet you at UXPA.", "P.S. Would you be up for a 15-minute call?"]);
    expect(a.words).toBe(analyse("Hi Kim,\nGreat to meet you at UXPA.\n\nAll the best,\nDaniela").words);
  });

  it("gives phrase rules the message proper and its postscript, never the signature between them", () => {
    const text = "Hi Kim,\nCould we talk?\n\nBest,\nDaniela Ruiz, Springfield\n\nPS: back Friday.\n\n> quoted";
    const a = analyse(text);
    expect(a.prose.map((s) => text.slice(s.start, s.end))).toEqual(["Hi Kim,\nCould we talk?\n\n", "PS: back Friday."]);
    const plain = "Hi Kim,\nCould we talk?";
    expect(analyse(plain).prose).toEqual([{ start: 0, end: plain.length }]);
  });

  it("reads no postscript from a quoted reply", () => {
    const text = "Thanks, Lee!\n\nOn Tue, Nov 24, 2026 at 9:12 AM Lee Park <lee@example.com> wrote:\n> PS call me";
    expect(texts(text)).toEqual(["Thanks, Lee!"]);
  });

  it("keeps a list item's number with its sentence", () => {
    const text = "Two questions:\n1. Did you retrain?\n2. Did clients mind? I ran 5. Then I stopped.";
    expect(texts(text)).toEqual([
      "Two questions:",
      "1. Did you retrain?",
      "2. Did clients mind?",
      "I ran 5.",
      "Then I stopped.",
    ]);
  });

  it("keeps a case name's 'v.' inside its sentence", () => {
    expect(texts("Your argument in Ramos v. Hale is why I applied.")).toEqual([
      "Your argument in Ramos v. Hale is why I applied.",
    ]);
  });
});
