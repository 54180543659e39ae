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

describe("judgment on the labelled corpora", () => {
  it("messages.jsonl: every label at or above 90 % balanced accuracy (measured 96–100 %)", () => {
    const score = scoreJudgment(readCorpus());
    expectEveryLabel(score, 0.9);
  });

  it("messages-2.jsonl, a fourth writer's, read to generalise: every label at or above 90 % (measured 98.8–100 %)", () => {
    const score = scoreJudgment(readCorpus(new URL("../corpus/messages-2.jsonl", import.meta.url)));
    expectEveryLabel(score, 0.9);
  });

  it("messages-3.jsonl, a fifth writer's, scored on arrival (89.8 %) and then read: every label at or above 90 % (measured 99.6–100 %)", () => {
    const score = scoreJudgment(readCorpus(new URL("../corpus/messages-3.jsonl", import.meta.url)));
    expectEveryLabel(score, 0.9);
  });

  it("holdout.jsonl, never read while writing the rules: mean at or above 85 %, every label at or above 75 % (measured 92.2 %, 85–100 %)", () => {
    const score = scoreJudgment(readCorpus(new URL("../corpus/holdout.jsonl", import.meta.url)));
    expect(score.overall).toBeGreaterThanOrEqual(0.85);
    expectEveryLabel(score, 0.75);
  });

  it("holdout-2.jsonl, from a third writer once the rules stood, never read: mean at or above 85 %, every label at or above 75 % (measured 94.0 %, 82.7–100 %)", () => {
    const score = scoreJudgment(readCorpus(new URL("../corpus/holdout-2.jsonl", import.meta.url)));
    expect(score.overall).toBeGreaterThanOrEqual(0.85);
    expectEveryLabel(score, 0.75);
  });

  it("holdout-3.jsonl, from a sixth writer on 3 December, never read: mean at or above 85 %, every label at or above 75 % (measured 94.2 %, 87.5–100 %)", () => {
    const score = scoreJudgment(readCorpus(new URL("../corpus/holdout-3.jsonl", import.meta.url)));
    expect(score.overall).toBeGreaterThanOrEqual(0.85);
    expectEveryLabel(score, 0.75);
  });

  it("messages-4.jsonl, a seventh writer's hard cases, 83.8 % on arrival and then read: mean at or above 85 %, every label at or above 75 % (measured 96.8 %, 85.5–100 %)", () => {
    const score = scoreJudgment(readCorpus(new URL("../corpus/messages-4.jsonl", import.meta.url)));
    expect(score.overall).toBeGreaterThanOrEqual(0.85);
    expectEveryLabel(score, 0.75);
  });

  it("holdout-4.jsonl, from an eighth writer on 3 December, never read: mean at or above 85 %, every label at or above 75 % (measured 91.9 %, 86.5–100 %)", () => {
    const score = scoreJudgment(readCorpus(new URL("../corpus/holdout-4.jsonl", import.meta.url)));
    expect(score.overall).toBeGreaterThanOrEqual(0.85);
    expectEveryLabel(score, 0.75);
  });

  it("messages-5.jsonl, a tenth writer's, scored on arrival (94.3 %) and then read: mean at or above 90 %, every label at or above 85 % (measured 94.7 %, 88.3–100 %)", () => {
    const score = scoreJudgment(readCorpus(new URL("../corpus/messages-5.jsonl", import.meta.url)));
    expect(score.overall).toBeGreaterThanOrEqual(0.9);
    expectEveryLabel(score, 0.85);
  });

  it("holdout-5.jsonl, from a ninth writer on 3 December (third session), never read: mean at or above 85 %, every label at or above 75 % (90.7 %, 82.5–100 % on arrival)", () => {
    const score = scoreJudgment(readCorpus(new URL("../corpus/holdout-5.jsonl", import.meta.url)));
    expect(score.overall).toBeGreaterThanOrEqual(0.85);
    expectEveryLabel(score, 0.75);
  });

  it("scores a linter that flags everything at 50 % on every label", async () => {
    // The measure itself: balanced accuracy gives nothing for finding a problem everywhere.
    const { EXPRESSED_BY } = await import("./judgment");
    const all = Object.values(EXPRESSED_BY).flatMap((e) => e.rules.map((ruleId) => ({ ruleId, message: "" })));
    const everything = scoreJudgment(readCorpus(), () => all);
    for (const l of everything.labels) expect(l.balancedAccuracy).toBeCloseTo(0.5, 5);
  });
});
