// `npm run bench` in bench/: lintMessage's mean and median time per message over the labelled corpora
// (target: mean ≤ 25 µs after warm-up), with every rule on, in the contexts the judgment is scored in.
import { bench, do_not_optimize, run } from "mitata";
import { lintMessage } from "@enlist/core";
import { contextOf, readCorpus } from "./corpus";

const messages = [...readCorpus(new URL("../corpus/messages.jsonl", import.meta.url)), ...readCorpus(new URL("../corpus/holdout.jsonl", import.meta.url))].map((m) => ({ text: m.text, context: contextOf(m) }));

bench(`lintMessage over ${messages.length} corpus messages`, () => {
  for (const m of messages) do_not_optimize(lintMessage(m.text, m.context));
});

const result = await run();
for (const b of result.benchmarks) {
  const stats = b.runs[0]?.stats;
  if (stats) console.log(`\nper message: mean ${(stats.avg / messages.length / 1e3).toFixed(1)} µs, median ${(stats.p50 / messages.length / 1e3).toFixed(1)} µs`);
}
