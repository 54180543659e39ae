import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { createClient, type Client } from "@enlist/client";
import { detectImportFormat, IMPORT_MEDIA_TYPES } from "@enlist/io";
import type { InferResponseType } from "hono/client";
import { EXIT, UsageError, type Io } from "../io";
import { parse } from "../options";

export const IMPORT_HELP = `Usage: enlist import FILE --to URL --token TOKEN [--dry-run]

Imports a LinkedIn Connections.csv, a Google Contacts CSV or a vCard (.vcf) file into your Enlist account
through the API: every row or none. Prints the report: what was imported, skipped and why, duplicates.

Options:
  --to URL       the Enlist server, e.g. http://localhost:3000 (or ENLIST_URL)
  --token TOKEN  a personal access token from Settings or POST /v1/tokens (or ENLIST_TOKEN)
  --dry-run      report only; store nothing
  -h, --help     show this help

Exit status: 0 when imported (or reported), 1 when the server refused the file, 2 on bad usage.
`;

type ImportResponse = InferResponseType<Client["v1"]["contacts"]["import"]["$post"], 200>;

export async function importCommand(
  args: string[],
  io: Io,
  env: Record<string, string | undefined> = process.env,
): Promise<number> {
  const { values, positionals } = parse(args, {
    to: { type: "string" },
    token: { type: "string" },
    "dry-run": { type: "boolean" },
  });
  if (values.help) {
    io.stdout(IMPORT_HELP);
    return EXIT.ok;
  }
  const file = positionals[0];
  if (!file || positionals.length > 1)
    throw new UsageError("import takes one file: enlist import FILE --to URL --token TOKEN");
  const base = values.to ?? env.ENLIST_URL;
  const token = values.token ?? env.ENLIST_TOKEN;
  if (!base) throw new UsageError("--to is required (the server's address, e.g. http://localhost:3000)");
  if (!token) throw new UsageError("--token is required (create one in Settings or with POST /v1/tokens)");
  let body: Buffer;
  try {
    body = await readFile(resolve(io.cwd, file));
  } catch (e) {
    throw new UsageError(
      `cannot read ${file}: ${(e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (e as Error).message}`,
    );
  }
  // A file on disk has no media type: its name and its start say what it is, as the API will read it.
  const type = IMPORT_MEDIA_TYPES[detectImportFormat("", body, file)];
  const client = createClient(base, { headers: { authorization: `Bearer ${token}` } });
  let res;
  try {
    // The file goes as it is, in its own type: the route reads the raw body, which hc's arguments cannot
    // carry, so it rides in the request init.
    res = await client.v1.contacts.import.$post(
      { query: values["dry-run"] ? { dryRun: "true" } : {} },
      { headers: { "content-type": type }, init: { body } },
    );
  } catch (e) {
    io.stderr(`enlist import: cannot reach ${base}: ${(e as Error).message}\n`);
    return EXIT.findings;
  }
  if (!res.ok) {
    const problem = (await res.json().catch(() => ({}))) as { title?: string; detail?: string };
    io.stderr(
      `enlist import: ${res.status} ${problem.title ?? res.statusText}${problem.detail ? `: ${problem.detail}` : ""}\n`,
    );
    return EXIT.findings;
  }
  const result: ImportResponse = await res.json();
  const { report } = result;
  io.stdout(
    `${values["dry-run"] ? "Would import" : "Imported"} ${values["dry-run"] ? report.imported : result.stored} of ${report.rows} rows from ${file} (${report.format}).\n`,
  );
  const dry = values["dry-run"];
  if (result.restored) {
    const r = result.restored;
    io.stdout(
      `  ${dry ? "would restore" : "restored"} the backup: ${r.contacts} contacts, ${r.interactions} interactions, ${r.asks} asks${r.pivot ? " and the pivot" : ""}\n`,
    );
  }
  if (report.updates.length > 0) {
    io.stdout(`  ${report.updates.length} already stored ${dry ? "would be updated" : "updated"}:\n`);
    for (const u of report.updates)
      io.stdout(
        `    ${u.name}: ${u.changes.map((c) => (c.from === undefined ? `${c.field} added (${c.to})` : `${c.field} ${c.from} → ${c.to}`)).join("; ")}\n`,
      );
  }
  if (report.unchanged > 0) io.stdout(`  ${report.unchanged} already stored, unchanged\n`);
  if (report.encoding === "windows-1252")
    io.stdout("  the file is not UTF-8; it was read as Windows-1252 (Excel's CSV on Windows): check accented names\n");
  if (report.unsorted > 0) {
    const n = report.unsorted;
    // A contact needs a circle, so the API keeps these with Backers; the web app's preview leaves them out unless kept.
    io.stdout(
      `  ${n} ${n === 1 ? "fits" : "fit"} no circle yet for your pivot: ${values["dry-run"] ? "would be stored" : "stored"} with Backers, to sort in the app\n`,
    );
  }
  for (const s of report.skipped) io.stdout(`  skipped row ${s.row}: ${s.reason}\n`);
  for (const w of report.warnings) io.stdout(`  row ${w.row}: ${w.message}\n`);
  if (report.duplicates.length)
    io.stdout(
      `  ${report.duplicates.length} possible duplicate${report.duplicates.length === 1 ? "" : "s"}: review them in the app\n`,
    );
  return EXIT.ok;
}
