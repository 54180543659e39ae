// Holds the judgment where it was measured (docs/judgment.md), so a rule change that makes it worse fails
// CI. The floors sit below the measured figures by a margin for legitimate trade-offs, not at them.
import { describe, expect, it } from "vitest";
// A linter that flags everything, or nothing, scores 50 %: what balanced accuracy is for.
import { readCorpus } from "./corpus";
import { scoreJudgment } from "./judgment";

/** Names the label that fell short, with its figure, instead of a bare false. */
function expectEveryLabel(score: ReturnType<typeof scoreJudgment>, floor: number) {
  for (const l of score.labels)
    expect(`${l.label} ${l.balancedAccuracy >= floor ? "ok" : (100 * l.balancedAccuracy).toFixed(1)}`).toBe(
      `${l.label} ok`,
    );
}

/**
 * Each set, with the floors it is held at: the sets whose misses were read at 90 % a label; the hard or
 * later read sets at 85–90 % mean; the sets never read at 85 % mean and 75 % a label, the design's target for
 * hidden sets. The figures in the names are the last measured (docs/judgment.md).
 */
const SETS: [file: string, about: string, mean: number | null, label: number][] = [
  ["messages.jsonl", "read while writing the rules (measured 96–100 % a label)", null, 0.9],
  ["messages-2.jsonl", "a fourth writer's, read to generalise (measured 98.8–100 %)", null, 0.9],
  ["messages-3.jsonl", "a fifth writer's, 89.8 % on arrival, then read (measured 99.6–100 %)", null, 0.9],
  ["messages-4.jsonl", "a seventh writer's hard cases, 83.8 % on arrival, then read (measured 97.5 %)", 0.85, 0.75],
  ["messages-5.jsonl", "a tenth writer's, 94.3 % on arrival, then read (measured 98.6 %)", 0.9, 0.85],
  ["messages-6.jsonl", "an eleventh writer's hard cases, 87.1 % on arrival, then read (measured 98.3 %)", 0.85, 0.75],
  [
    "messages-7.jsonl",
    "a thirteenth writer's, vague and specific asks, 87.7 % on arrival, then read (measured 95.6 %)",
    0.85,
    0.75,
  ],
  [
    "messages-8.jsonl",
    "a fourteenth writer's, compliments and veiled job asks, 90.7 % on arrival, then read (measured 96.9 %)",
    0.85,
    0.75,
  ],
  ["holdout.jsonl", "never read while writing the rules (measured 94.7 %, 90–100 %)", 0.85, 0.75],
  ["holdout-2.jsonl", "a third writer's once the rules stood, never read (measured 95.0 %)", 0.85, 0.75],
  ["holdout-3.jsonl", "a sixth writer's, never read (measured 95.1 %)", 0.85, 0.75],
  ["holdout-4.jsonl", "an eighth writer's, never read (measured 94.4 %)", 0.85, 0.75],
  ["holdout-5.jsonl", "a ninth writer's, never read (90.7 % on arrival, measured 91.9 %)", 0.85, 0.75],
  [
    "holdout-6.jsonl",
    "a twelfth writer's, never read (94.8 % on arrival; 94.4 % with the rules of that morning)",
    0.85,
    0.75,
  ],
  [
    "holdout-7.jsonl",
    "a fifteenth writer's, never read (91.1 % on arrival, the same with the rules of that session's start)",
    0.85,
    0.75,
  ],
  [
    "messages-9.jsonl",
    "a sixteenth writer's, compliments, catch-ups and thank-you notes, 91.0 % on arrival, then read",
    0.85,
    0.75,
  ],
  ["holdout-8.jsonl", "a seventeenth writer's, never read (94.7 % on arrival)", 0.85, 0.75],
  [
    "messages-10.jsonl",
    "an eighteenth writer's, vague and specific asks put many ways, 94.0 % on arrival, then read",
    0.85,
    0.75,
  ],
  ["holdout-9.jsonl", "a nineteenth writer's, never read (96.5 % on arrival)", 0.85, 0.75],
  [
    "messages-11.jsonl",
    "a twentieth writer's, real voices, follow-ups and notes to family, 93.7 % on arrival, then read",
    0.85,
    0.75,
  ],
  ["holdout-10.jsonl", "a twenty-first writer's, never read (95.7 % on arrival)", 0.85, 0.75],
  [
    "messages-12.jsonl",
    "a twenty-second writer's, compliments to leaders above all, 92.9 % on arrival, then read",
    0.85,
    0.75,
  ],
  [
    "holdout-11.jsonl",
    "a twenty-third writer's, never read (96.8 % on arrival, 96.6 % with the rules of that session's start)",
    0.85,
    0.75,
  ],
  [
    "messages-13.jsonl",
    "a twenty-fourth writer's, the hardest specific and vague asks, 90.5 % on arrival, then read (measured 94.3 %)",
    0.85,
    0.75,
  ],
  [
    "holdout-12.jsonl",
    "a twenty-fifth writer's, never read (94.9 % on arrival, 93.3 % with the rules of that session's start)",
    0.85,
    0.75,
  ],
];

describe("judgment on the labelled corpora", () => {
  it.each(SETS)("%s, %s", (file, _about, mean, label) => {
    const score = scoreJudgment(readCorpus(new URL(`../corpus/${file}`, import.meta.url)));
    if (mean !== null) expect(score.overall).toBeGreaterThanOrEqual(mean);
    expectEveryLabel(score, label);
  });

  it("scores a linter that flags everything at 50 % on every label", async () => {
    // The measure itself: balanced accuracy gives nothing for finding a problem everywhere.
    const { EXPRESSED_BY } = await import("./judgment");
    const all = Object.values(EXPRESSED_BY).flatMap((e) => e.rules.map((ruleId) => ({ ruleId, message: "" })));
    const everything = scoreJudgment(readCorpus(), () => all);
    for (const l of everything.labels) expect(l.balancedAccuracy).toBeCloseTo(0.5, 5);
  });
});
