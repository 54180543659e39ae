// Reads the output of `npm test` (every workspace's vitest run, through turbo) on stdin and prints one
// closing line with the totals, "N passed, N failed", so CI can tell how many tests ran, then the name of each
// failed test: the end of a CI log is what its reader sees first, and a count alone says nothing to fix.
import { readFileSync } from "node:fs";

// eslint-disable-next-line no-control-regex -- colour codes start with ESC
const text = readFileSync(0, "utf8").replace(/\x1b\[[0-9;]*m/g, "");
let passed = 0;
let failed = 0;
let skipped = 0;
const failures = new Set();
for (const line of text.split("\n")) {
  // vitest names each failed test once in its report: "FAIL  src/x.test.ts > suite > test", after turbo's prefix.
  const fail = /^(\S+):\S*:?\s*FAIL\s+(.*>.*)$/.exec(line.trim());
  if (fail) failures.add(`${fail[1]} ${fail[2].trim()}`);
  const m = /^\S*\s*Tests\s+(.*)\(\d+\)\s*$/.exec(line.replace(/^[^:]*:\s*/, ""));
  if (!m) continue;
  passed += Number(/(\d+) passed/.exec(m[1])?.[1] ?? 0);
  failed += Number(/(\d+) failed/.exec(m[1])?.[1] ?? 0);
  skipped += Number(/(\d+) skipped/.exec(m[1])?.[1] ?? 0);
}
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
for (const name of [...failures].slice(0, 20)) console.log(`  failed: ${name}`);
if (failures.size > 20) console.log(`  … and ${failures.size - 20} more`);
