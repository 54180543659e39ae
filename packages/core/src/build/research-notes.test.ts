// The builder's invariant over research notes as people write them: whatever the note's shape — a
// possessive, an article, a quoted title, an event and a year — the note is rephrased into the message,
// never pasted in, and the message has no error or warning under lintMessage.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ASK_KINDS } from "../schemas/ask";
import { CHANNELS } from "../schemas/enum-values";
import { TIES } from "../schemas/tie";
import { lintMessage } from "../lint/lint-message";
import { buildMessage } from "./build-message";

const OPENERS = ["", "Her ", "His ", "Their ", "Your ", "The ", "A ", "her ", "Loved her "];
const EVENTS = ["", "Mind the Product ", "DevLearn ", "UX Collective ", "CSUN ", "HIMSS "];
const YEARS = ["", "2025 ", "2024 "];
const WORKS = ["talk", "keynote", "article", "podcast episode", "case study", "newsletter", "book", "paper", "thread"];
const TOPICS = [
  "",
  " on discovery in regulated healthcare",
  " about diary studies",
  " on alarm fatigue",
  " about spaced repetition",
];
const QUOTED = ["", ' "Designing for Busy Learners"', " “Research Is a Team Sport”"];

export const researchNote = fc
  .tuple(
    fc.constantFrom(...OPENERS),
    fc.constantFrom(...EVENTS),
    fc.constantFrom(...YEARS),
    fc.constantFrom(...WORKS),
    fc.constantFrom(...QUOTED),
    fc.constantFrom(...TOPICS),
    fc.constantFrom("", "."),
  )
  .filter(([, event, year, , quoted, topic]) => Boolean(event || year || quoted || topic))
  .map(([opener, event, year, work, quoted, topic, end]) =>
    `${opener}${event}${year}${work}${quoted}${topic}${end}`.trim(),
  );

describe("buildMessage over research-note phrasings", () => {
  it("rephrases the note and is lint-clean (no error, no warning) on every channel, circle, tie, kind and seed", () => {
    fc.assert(
      fc.property(
        researchNote,
        fc.constantFrom(...CHANNELS),
        fc.constantFrom("backers", "leaders", "pathfinders"),
        fc.constantFrom(...TIES),
        fc.constantFrom(...ASK_KINDS),
        fc.nat(),
        (note, channel, circle, tie, kind, seed) => {
          const r = buildMessage({
            recipient: { name: "Sarah Chen", circle, tie, compliment: note },
            sender: { name: "Ana Ruiz", pivot: { fromField: "teaching", toField: "UX research" } },
            ask: { kind, specifics: "how you moved into research" },
            channel,
            seed,
          });
          if (!r.ok) throw new Error(`${note}: ${r.error.message}`);
          expect(r.value.body).not.toMatch(/\byour (?:her|his|their|your|the|a|loved)\b/i);
          const lint = lintMessage(r.value.body, r.value.context);
          const problems = lint.ok
            ? lint.value.findings.filter((f) => f.severity !== "info").map((f) => `${f.ruleId}: ${f.message}`)
            : ["not linted"];
          expect(problems, `${note} / ${channel} ${circle} ${tie} ${kind}\n${r.value.body}`).toEqual([]);
        },
      ),
      { numRuns: 500 },
    );
  });
});
