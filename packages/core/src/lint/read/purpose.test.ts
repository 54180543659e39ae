import { describe, expect, it } from "vitest";
import { analyse } from "../anatomy";
import { inferPurpose } from "./purpose";

const purposeOf = (text: string, asks = false) => inferPurpose(analyse(text), asks);

describe("inferPurpose", () => {
  it.each([
    ["a reference to the first message", "Hi Ana, following up on my note from last week.", "follow-up"],
    ["a thanks at the start", "Thank you so much for the intro to Priya!", "thank"],
    ["a thanks that ends its sentence", "They called you Tuesday. Whatever you told them, thank you.", "thank"],
    ["news of a new job", "I wanted you to know it worked. I started at Evergreen Health in March.", "update"],
    [
      "news told first to family",
      "Just wanted you to hear it from me first: I signed up for the paralegal certificate.",
      "update",
    ],
    ["a start at a new place", "I start at the Urban League as a program coordinator on the 3rd.", "update"],
    ["a story with no request is still an ask", "I loved your talk. I'm a teacher moving into design.", "ask"],
    [
      "a closing 'Thanks!' makes no thank-you note",
      "I'm a journalist moving into communications. Happy to chat sometime. Thanks! Corinne",
      "ask",
    ],
    ["'Thank you so much!' first is what the note is for", "Thank you so much! The intro to Priya went well.", "thank"],
    [
      "thanks said to a name, with no greeting word",
      "Naveen, thank you for the call on Thursday. I'll keep you posted!",
      "thank",
    ],
    [
      "news of one's own is an update to someone who knows them",
      "I started a QA course last month. It's hard.",
      "update",
    ],
    ["thanks that words cannot carry", "I can't thank you enough for referring me. I have an interview!", "thank"],
    [
      "a word and a comma before a closing thanks is no name",
      "I just read your book and loved it. Anyway, thank you for writing it.",
      "ask",
    ],
  ])("%s", (_name, text, purpose) => {
    expect(purposeOf(text)).toBe(purpose);
  });

  it("reads news of one's own as an update only to someone who knows the sender", () => {
    const text = "I started a QA course last month. Someone who's been there might be able to help.";
    expect(inferPurpose(analyse(text), false, true)).toBe("ask");
    expect(inferPurpose(analyse("Thanks to your advice, I started a QA course."), false, true)).toBe("update");
    const answered = "You told me to build two case studies first. I did, and I start at Fenwick on Monday.";
    expect(inferPurpose(analyse(answered), false, true)).toBe("update");
  });

  it("reads a message with a request as an ask, whatever news it carries", () => {
    expect(purposeOf("I started at Evergreen in March. Would you have ten minutes for a question?", true)).toBe("ask");
  });
});
