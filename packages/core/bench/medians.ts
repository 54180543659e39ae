// mitata prints averages; the targets are medians, so print those too.
interface Trial {
  alias: string;
  runs: { stats?: { p50: number } }[];
}

export function formatNs(ns: number): string {
  return ns >= 1e6 ? `${(ns / 1e6).toFixed(2)} ms` : ns >= 1e3 ? `${(ns / 1e3).toFixed(2)} µs` : `${ns.toFixed(0)} ns`;
}

export function printMedians(result: { benchmarks: Trial[] }): Map<string, number> {
  const medians = new Map<string, number>();
  console.log("\nmedians:");
  for (const b of result.benchmarks) {
    const p50 = b.runs[0]?.stats?.p50;
    if (p50 === undefined) continue;
    medians.set(b.alias, p50);
    console.log(`  ${b.alias.padEnd(50)} ${formatNs(p50)}`);
  }
  return medians;
}
