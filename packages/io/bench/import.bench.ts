// `npm run bench` in packages/io: parse a 30,000-row LinkedIn export (targets: under 500 ms, under 150 MB).
// Time is the median over repeated runs; memory is the peak resident size of a fresh Node process that
// parses the file once (memory-probe.mjs).
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { bench, do_not_optimize, run } from "mitata";
import { parseLinkedInConnections } from "@enlist/io";
import { linkedInExport } from "./generate-export.mjs";

const ROWS = 30_000;
const text = linkedInExport(ROWS);
console.log(`${ROWS} rows, ${(text.length / 1e6).toFixed(1)} MB`);
bench(`parseLinkedInConnections: ${ROWS.toLocaleString("en")} rows`, () =>
  do_not_optimize(parseLinkedInConnections(text)),
);
const result = await run();
const p50 = result.benchmarks[0]?.runs[0]?.stats?.p50 ?? Number.NaN;

const probe = fileURLToPath(new URL("./memory-probe.mjs", import.meta.url));
const out = execFileSync(process.execPath, [probe, String(ROWS)], { encoding: "utf8" });
const { before, peak } = JSON.parse(out.trim()) as { before: number; peak: number };
console.log(
  `\nmedian ${(p50 / 1e6).toFixed(0)} ms · peak memory ${(peak / 1e6).toFixed(0)} MB resident (${((peak - before) / 1e6).toFixed(0)} MB more than before parsing)`,
);
