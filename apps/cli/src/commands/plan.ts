import { planWeek } from "@enlist/core";
import { EXIT, UsageError, type Io } from "../io";
import { oneOf, parse } from "../options";
import { readJson } from "../read-input";

export const PLAN_HELP = `Usage: enlist plan FILE.json [--today DATE] [--employer NAME] [--output text|json]

Prints this week's next actions, most important first, within your weekly time budget. FILE.json holds
{ "pivot": …, "contacts": [ … ], "interactions": [ … ] } ("-" reads standard input); an export from the
Enlist API (GET /v1/me/export) has this shape.

While you are still employed, contacts whose company is your current employer are current colleagues:
no outreach is planned for them until they are marked "trusted": true (you have told them), and the
plan lists them as kept from your move.

Options:
  --today DATE     the day to plan from, YYYY-MM-DD (default today)
  --employer NAME  your current employer (default the pivot's currentEmployer)
  --output F       text | json (default text)
  -h, --help       show this help
`;

export async function plan(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, {
    today: { type: "string" },
    employer: { type: "string" },
    output: { type: "string" },
  });
  if (values.help) {
    io.stdout(PLAN_HELP);
    return EXIT.ok;
  }
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new UsageError("plan takes one file: enlist plan FILE.json");
  const output = oneOf("output", values.output, ["text", "json"]) ?? "text";
  const data = await readJson(file, io);
  if (typeof data !== "object" || data === null)
    throw new UsageError(`${file} must hold an object with pivot, contacts and interactions`);
  const { pivot: filed, contacts = [], interactions = [] } = data as Record<string, unknown>;
  if (values.employer !== undefined && !values.employer.trim())
    throw new UsageError("--employer must name your current employer");
  // The flag overrides the file's employer; a file without a pivot is left for planWeek to name.
  const pivot =
    values.employer !== undefined && typeof filed === "object" && filed !== null
      ? { ...filed, currentEmployer: values.employer }
      : filed;
  const result = planWeek(pivot, contacts, interactions, values.today ?? io.today());
  if (!result.ok) throw new UsageError(`${file}: ${result.error.message}`);
  const week = result.value;
  if (output === "json") {
    io.stdout(`${JSON.stringify(week, null, 2)}\n`);
    return EXIT.ok;
  }
  io.stdout(
    `Week of ${week.weekOf}: ${week.plannedMinutes} of ${week.budgetMinutes} minutes planned${week.deferred ? `, ${week.deferred} more waiting` : ""}\n\n`,
  );
  week.items.forEach((item, i) => {
    io.stdout(
      `${String(i + 1).padStart(2)}. ${item.action.padEnd(9)} ${item.contactName} (${item.circle}, ${item.minutes} min)\n    ${item.reason}\n`,
    );
    if (item.ask) io.stdout(`    ask: ${item.ask.specifics}\n`);
  });
  if (week.items.length === 0)
    io.stdout(
      week.heldBack.count > 0
        ? "No outreach this week: everyone left to ask is a current colleague.\n"
        : "Nothing to do this week: add contacts, or wait for replies.\n",
    );
  if (week.heldBack.count > 0) {
    io.stdout(`\nKept from your move while you are still employed (${week.heldBack.count}):\n`);
    for (const p of week.heldBack.people) io.stdout(`  ${p.contactName} (${p.circle})\n    ${p.reason}\n`);
    const more = week.heldBack.count - week.heldBack.people.length;
    if (more > 0) io.stdout(`  …and ${more} more\n`);
  }
  return EXIT.ok;
}
