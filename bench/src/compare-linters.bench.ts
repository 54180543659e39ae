// `npm run bench` in bench/: lintMessage against write-good, textlint (a common English rule set),
// retext (retext-english with five plugins) and alex, in the same run, on the same messages. Reports the
// median cost per message and how many times faster Enlist is. Target (design §8): at least 40 times
// faster than textlint.
import { readFileSync } from "node:fs";
import { bench, do_not_optimize, run } from "mitata";
import * as linters from "./linters";

const messages: linters.Message[] = JSON.parse(readFileSync(new URL("./messages.json", import.meta.url), "utf8"));

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
}
const ours = perMessage.get("enlist lintMessage") ?? Number.NaN;
const fmt = (ns: number) => (ns >= 1e6 ? `${(ns / 1e6).toFixed(2)} ms` : `${(ns / 1e3).toFixed(1)} µs`);
console.log(`\nmedian per message, over ${messages.length} messages:`);
for (const [name, ns] of perMessage) console.log(`  ${name.padEnd(22)} ${fmt(ns).padStart(10)}   ${name === "enlist lintMessage" ? "" : `Enlist is ${(ns / ours).toFixed(0)}× faster`}`);
