// Reads the output of `npm test` (every workspace's vitest run, through turbo) on stdin and prints one
// closing line with the totals, "N passed, N failed", so CI can tell how many tests ran.
import { readFileSync } from "node:fs";

// eslint-disable-next-line no-control-regex -- colour codes start with ESC
const text = readFileSync(0, "utf8").replace(/\x1b\[[0-9;]*m/g, "");
let passed = 0;
let failed = 0;
let skipped = 0;
for (const line of text.split("\n")) {
  const m = /^\S*\s*Tests\s+(.*)\(\d+\)\s*$/.exec(line.replace(/^[^:]*:\s*/, ""));
  if (!m) continue;
  passed += Number(/(\d+) passed/.exec(m[1])?.[1] ?? 0);
  failed += Number(/(\d+) failed/.exec(m[1])?.[1] ?? 0);
  skipped += Number(/(\d+) skipped/.exec(m[1])?.[1] ?? 0);
}
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
