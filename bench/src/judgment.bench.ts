// `npm run bench` in bench/: the linter's judgment on the labelled corpus, per label, with every miss.
import { readCorpus } from "./corpus";
import { scoreJudgment } from "./judgment";

const corpus = readCorpus();
const score = scoreJudgment(corpus);
const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
const verbose = process.argv.includes("--misses");

console.log(`judgment on ${corpus.length} labelled messages (balanced accuracy; target ≥ 90 % each label):`);
for (const l of score.labels) {
  console.log(`  ${l.label.padEnd(20)} ${pct(l.balancedAccuracy).padStart(8)}   problems found ${pct(l.truePositiveRate)} of ${l.positives}, clean left alone ${pct(l.trueNegativeRate)} of ${l.negatives}`);
}
console.log(`  ${"mean".padEnd(20)} ${pct(score.overall).padStart(8)}`);
console.log(`\n${score.misses.length} misses${verbose ? "" : " (run with --misses for the texts)"}:`);
for (const m of score.misses) {
  console.log(`  ${m.id} ${m.label}=${m.expected}: ${m.findings.length ? m.findings.join(" · ") : "no finding"}`);
  if (verbose) console.log(`      ${m.text.replace(/\n/g, " ⏎ ")}${m.note ? `\n      (label note: ${m.note})` : ""}`);
}
