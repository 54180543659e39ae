import { planWeek } from "@enlist/core";
import { EXIT, UsageError, type Io } from "../io";
import { oneOf, parse } from "../options";
import { readJson } from "../read-input";

export const PLAN_HELP = `Usage: enlist plan FILE.json [--today DATE] [--output text|json]

Prints this week's next actions, most important first, within your weekly time budget. FILE.json holds
{ "pivot": …, "contacts": [ … ], "interactions": [ … ] } ("-" reads standard input); an export from the
Enlist API (GET /v1/me/export) has this shape.

Options:
  --today DATE   the day to plan from, YYYY-MM-DD (default today)
  --output F     text | json (default text)
  -h, --help     show this help
`;

export async function plan(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, { today: { type: "string" }, output: { type: "string" } });
  if (values.help) {
    io.stdout(PLAN_HELP);
    return EXIT.ok;
  }
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new UsageError("plan takes one file: enlist plan FILE.json");
  const output = oneOf("output", values.output, ["text", "json"]) ?? "text";
  const data = await readJson(file, io);
  if (typeof data !== "object" || data === null) throw new UsageError(`${file} must hold an object with pivot, contacts and interactions`);
  const { pivot, contacts = [], interactions = [] } = data as Record<string, unknown>;
  const result = planWeek(pivot, contacts, interactions, values.today ?? io.today());
  if (!result.ok) throw new UsageError(`${file}: ${result.error.message}`);
  const week = result.value;
  if (output === "json") {
    io.stdout(`${JSON.stringify(week, null, 2)}\n`);
    return EXIT.ok;
  }
  io.stdout(`Week of ${week.weekOf}: ${week.plannedMinutes} of ${week.budgetMinutes} minutes planned${week.deferred ? `, ${week.deferred} more waiting` : ""}\n\n`);
  week.items.forEach((item, i) => {
    io.stdout(`${String(i + 1).padStart(2)}. ${item.action.padEnd(9)} ${item.contactName} (${item.circle}, ${item.minutes} min)\n    ${item.reason}\n`);
    if (item.ask) io.stdout(`    ask: ${item.ask.specifics}\n`);
  });
  if (week.items.length === 0) io.stdout("Nothing to do this week: add contacts, or wait for replies.\n");
  return EXIT.ok;
}
