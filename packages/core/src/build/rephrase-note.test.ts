import { describe, expect, it } from "vitest";
import { workOf } from "./rephrase-note";

describe("workOf", () => {
  it.each([
    ["Her Mind the Product 2025 talk on discovery", "Mind the Product 2025 talk on discovery"],
    ["Loved his keynote at CSUN.", "keynote at CSUN"],
    ["their article “Designing for Busy Learners”", "article “Designing for Busy Learners”"],
    ["The 2024 podcast episode about diary studies", "2024 podcast episode about diary studies"],
    ["talk on microlearning at DevLearn 2025", "talk on microlearning at DevLearn 2025"],
    ["A thread on alarm fatigue!", "thread on alarm fatigue"],
  ])("%s → %s", (note, work) => {
    expect(workOf(note)).toBe(work);
  });
});
