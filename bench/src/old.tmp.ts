// @ts-nocheck
import { lintMessage as oldLint } from "/tmp/old/packages/core/dist/index.js";
import { lintMessage } from "@enlist/core";
import writeGood from "write-good";
import { contextOf, readCorpus } from "./corpus";
const ms = readCorpus().map((m) => ({ text: m.text, context: contextOf(m) }));
const time = (f, n = 20) => { for (let k=0;k<3;k++) for (const m of ms) f(m); const s = process.hrtime.bigint(); for (let k=0;k<n;k++) for (const m of ms) f(m); return Number(process.hrtime.bigint() - s) / 1e3 / n / ms.length; };
for (let r = 0; r < 3; r++) { const o = time((m) => oldLint(m.text, m.context)); const e = time((m) => lintMessage(m.text, m.context)); const w = time((m) => writeGood(m.text), 3); console.log(`old ${o.toFixed(1)} µs · new ${e.toFixed(1)} µs · write-good ${w.toFixed(0)} µs · old ${(w/o).toFixed(0)}× · new ${(w/e).toFixed(1)}×`); }
