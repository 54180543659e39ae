// `npm run bench` in bench/: lintMessage against write-good, textlint (a common English rule set),
// retext (retext-english with five plugins) and alex, in the same run, on the same messages. Reports the
// median cost per message and how many times faster Enlist is. Target: a mean under 25 µs a message and at
// least 40 times faster than write-good, in the same run.
import { bench, do_not_optimize, run } from "mitata";
import { contextOf, readCorpus } from "./corpus";
import * as linters from "./linters";

// The labelled corpora: real-length outreach messages of every channel and relationship.
const messages: linters.Message[] = [
  ...readCorpus(),
  ...readCorpus(new URL("../corpus/holdout.jsonl", import.meta.url)),
].map((m) => ({ name: m.id, text: m.text, context: contextOf(m) }));

bench(`enlist lintMessage (${messages.length} messages)`, () => {
  for (const m of messages) do_not_optimize(linters.enlist(m));
});
bench("write-good", () => {
  for (const m of messages) do_not_optimize(linters.writeGoodLint(m));
});
bench("textlint", async () => {
  for (const m of messages) do_not_optimize(await linters.textlint(m));
});
bench("retext", async () => {
  for (const m of messages) do_not_optimize(await linters.retextLint(m));
});
bench("alex", () => {
  for (const m of messages) do_not_optimize(linters.alex(m));
});

const result = await run();
const perMessage = new Map<string, number>();
for (const b of result.benchmarks) {
  const p50 = b.runs[0]?.stats?.p50;
  if (p50 !== undefined) perMessage.set(b.alias.replace(/ \(.*\)$/, ""), p50 / messages.length);
  const avg = b.runs[0]?.stats?.avg;
  if (avg !== undefined && b.alias.startsWith("enlist"))
    console.log(`enlist lintMessage mean per message: ${(avg / messages.length / 1e3).toFixed(1)} µs (target ≤ 25 µs)`);
}
const ours = perMessage.get("enlist lintMessage") ?? Number.NaN;
const fmt = (ns: number) => (ns >= 1e6 ? `${(ns / 1e6).toFixed(2)} ms` : `${(ns / 1e3).toFixed(1)} µs`);
console.log(`\nmedian per message, over ${messages.length} messages:`);
for (const [name, ns] of perMessage)
  console.log(
    `  ${name.padEnd(22)} ${fmt(ns).padStart(10)}   ${name === "enlist lintMessage" ? "" : `Enlist is ${(ns / ours).toFixed(0)}× faster`}`,
  );
