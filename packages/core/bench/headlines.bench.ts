// `npm run bench` in packages/core: suggestCircle's accuracy on the labelled headline set (headlines.json),
// overall, per expected circle and per pivot, with every miss; then its time per contact. `--misses=off`
// prints the figures only.
import { bench, do_not_optimize, run } from "mitata";
// The built package, as users get it: run `npm run build` first (turbo does, for `npm run bench`).
import { suggestCircle } from "@enlist/core";
import {
  factsOf,
  HEADLINE_SETS,
  LABELS,
  loadHeadlines,
  percent,
  pivotOf,
  score,
  type HeadlineCase,
  type Label,
  type Reading,
  type Suggest,
} from "./headline-corpus";
import { printMedians } from "./medians";

const showMisses = !process.argv.includes("--misses=off");

const suggest: Suggest = (c, reading) => {
  const r = suggestCircle(factsOf(c, reading), pivotOf(c));
  if (!r.ok) return { circle: "none", reason: `refused: ${r.error.message}` };
  return { circle: (r.value.circle ?? "none") as Label, reason: r.value.reason };
};

for (const set of HEADLINE_SETS) {
  const cases = loadHeadlines(set);
  for (const reading of ["profile", "export"] as const satisfies readonly Reading[]) {
    const s = score(cases, suggest, reading);
    console.log(
      `\n${set}: suggestCircle on ${cases.length} labelled headlines, read as a ${reading === "profile" ? "LinkedIn profile (headline, position, company)" : "LinkedIn export row (Position holds the headline, company)"}`,
    );
    console.log(`  overall      ${percent(s.overall)} (${s.overall.right}/${s.overall.total})`);
    for (const label of LABELS)
      console.log(
        `  ${label.padEnd(12)} ${percent(s.byLabel[label])} (${s.byLabel[label].right}/${s.byLabel[label].total})`,
      );
    console.log("  per pivot:");
    for (const [pivot, t] of s.byPivot) console.log(`    ${pivot.padEnd(50)} ${percent(t)} (${t.right}/${t.total})`);
    if (showMisses && s.misses.length > 0) {
      console.log(`  misses (${s.misses.length}):`);
      for (const m of s.misses)
        console.log(
          `    ${m.id} expected ${m.expected}, got ${m.got}: "${m.headline}"\n         why: ${m.reason}\n         label note: ${m.note}`,
        );
    }
  }
}

const cases = loadHeadlines();
const facts = cases.map((c) => [factsOf(c, "profile"), pivotOf(c)] as const);
const onePivot = pivotOf(cases[0] as HeadlineCase);
// An import asks against one pivot; the labelled set switches pivot every 32 headlines.
bench(`suggestCircle: ${facts.length} headlines, one pivot (as an import)`, () => {
  for (const [contact] of facts) do_not_optimize(suggestCircle(contact, onePivot));
});
bench(`suggestCircle: ${facts.length} headlines, eight pivots`, () => {
  for (const [contact, pivot] of facts) do_not_optimize(suggestCircle(contact, pivot));
});
printMedians(await run());
