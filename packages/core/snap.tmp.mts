// npx tsx /root/snap/snap.mts <root> <out.json>: every lint report over the eight corpora, in several contexts
import { readFileSync, writeFileSync } from "node:fs";
const root = process.argv[2] ?? "/work/main";
const { lintMessage } = await import(`${root}/packages/core/src/lint/public.ts`);
const { contextOf } = await import(`${root}/bench/src/corpus.ts`);
const sets = ["messages", "messages-2", "messages-3", "messages-4", "holdout", "holdout-2", "holdout-3", "holdout-4", "holdout-5", "messages-5", "messages-6", "holdout-6", "messages-7"];
const out: unknown[] = [];
for (const s of sets) {
  const ms = readFileSync(`${root}/bench/corpus/${s}.jsonl`, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));
  for (const m of ms) {
    const c = contextOf(m);
    const variants = [c, ...["stranger", "weak", "friend", "close"].map((tie) => ({ ...c, tie })), { ...c, purpose: "follow-up" }, { ...c, purpose: "thank-you" }, { ...c, channel: "linkedin-note" }];
    for (const v of variants) out.push(lintMessage(m.text, v));
  }
}
writeFileSync(process.argv[3] ?? "/tmp/snap.json", JSON.stringify(out));
console.log(out.length, "reports");
