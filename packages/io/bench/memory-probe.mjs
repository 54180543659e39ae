// Parses a 30,000-row export once in a fresh, plain Node process and prints its memory: what a server
// process pays to import one. Run by import.bench.ts.
import { parseLinkedInConnections } from "@enlist/io";
import { linkedInExport } from "./generate-export.mjs";

const rows = Number(process.argv[2] ?? 30_000);
const text = linkedInExport(rows);
const before = process.memoryUsage().rss;
const result = parseLinkedInConnections(text);
const peak = process.resourceUsage().maxRSS * 1024;
if (!result.ok || result.value.contacts.length !== rows) throw new Error("the export did not parse");
console.log(JSON.stringify({ before, peak }));
