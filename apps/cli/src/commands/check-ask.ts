import { ASK_FORMATS, ASK_KINDS, CIRCLE_IDS, TIES, checkAsk, type AskVerdict } from "@enlist/core";
import { EXIT, UsageError, type Io } from "../io";
import { defined, integer, oneOf, parse } from "../options";
import { readJson } from "../read-input";

export const CHECK_ASK_HELP = `Usage: enlist check-ask --kind KIND --specifics TEXT --tie TIE [options]
       enlist check-ask --json FILE|-

Judges whether an ask is reasonable to put to this person now, and proposes the largest ask that is.
With --json, FILE holds { "ask": …, "contact": …, "context": … } as checkAsk takes them.

Options:
  --kind K          ${ASK_KINDS.join(" | ")}
  --specifics TEXT  whom to introduce, which topic, which document
  --name NAME       the person's name (default "them")
  --circle C        ${CIRCLE_IDS.join(" | ")} (default leaders)
  --tie T           ${TIES.join(" | ")}
  --format F        ${ASK_FORMATS.join(" | ")}
  --minutes N       their time it takes
  --travel N        minutes of travel it asks of them
  --questions N     how many questions
  --deadline DATE   YYYY-MM-DD
  --recurring       it repeats (mentoring, weekly calls)
  --colleague       they work with you now
  --today DATE      the date to judge on (default today)
  --json FILE       read the whole input as JSON ("-" for standard input)
  --output F        text | json (default text)
  -h, --help        show this help

Exit status: 0 when the ask is reasonable or a stretch, 1 when it is unreasonable, 2 on bad usage.
`;

function describeAsk(ask: NonNullable<AskVerdict["rightSized"]>): string {
  const size = [
    ask.questions ? `${ask.questions} questions` : "",
    ask.minutes ? `${ask.minutes} min` : "",
    ask.format ?? "",
  ]
    .filter(Boolean)
    .join(", ");
  return `${ask.kind}: ${ask.specifics}${size ? ` (${size})` : ""}`;
}

export async function checkAskCommand(args: string[], io: Io): Promise<number> {
  const { values } = parse(args, {
    kind: { type: "string" },
    specifics: { type: "string" },
    name: { type: "string" },
    circle: { type: "string" },
    tie: { type: "string" },
    format: { type: "string" },
    minutes: { type: "string" },
    travel: { type: "string" },
    questions: { type: "string" },
    deadline: { type: "string" },
    recurring: { type: "boolean" },
    colleague: { type: "boolean" },
    today: { type: "string" },
    json: { type: "string" },
    output: { type: "string" },
  });
  if (values.help) {
    io.stdout(CHECK_ASK_HELP);
    return EXIT.ok;
  }
  const output = oneOf("output", values.output, ["text", "json"]) ?? "text";
  let input: { ask?: unknown; contact?: unknown; context?: unknown };
  if (values.json !== undefined) {
    const json = await readJson(values.json, io);
    if (typeof json !== "object" || json === null)
      throw new UsageError("the JSON must be an object with ask, contact and context");
    input = json as typeof input;
    input.context = { today: io.today(), ...((input.context as object | undefined) ?? {}) };
  } else {
    if (!values.kind) throw new UsageError("--kind is required (or give --json)");
    if (!values.tie) throw new UsageError("--tie is required (or give --json)");
    input = {
      ask: defined({
        kind: oneOf("kind", values.kind, ASK_KINDS),
        specifics: values.specifics ?? "",
        format: oneOf("format", values.format, ASK_FORMATS),
        minutes: integer("minutes", values.minutes),
        travelMinutes: integer("travel", values.travel),
        questions: integer("questions", values.questions),
        deadline: values.deadline,
        recurring: values.recurring,
      }),
      contact: defined({
        id: "contact",
        name: values.name ?? "them",
        circle: oneOf("circle", values.circle, CIRCLE_IDS) ?? "leaders",
        tie: oneOf("tie", values.tie, TIES),
        currentColleague: values.colleague,
      }),
      context: { today: values.today ?? io.today() },
    };
  }
  const result = checkAsk(input.ask, input.contact, input.context);
  if (!result.ok) throw new UsageError(result.error.message);
  const v = result.value;
  if (output === "json") io.stdout(`${JSON.stringify(v, null, 2)}\n`);
  else {
    io.stdout(`${v.level}\n`);
    for (const f of v.findings) io.stdout(`  ${f.severity} ${f.message} (${f.ruleId})\n`);
    const a = v.cost.allowance;
    io.stdout(
      `cost: ${v.cost.minutes} min of their time, ${v.cost.travelMinutes} min travel, ${v.cost.format}${v.cost.reputation !== "none" ? `, puts their name on the line (${v.cost.reputation})` : ""}${v.cost.commitment ? ", recurring" : ""}\n`,
    );
    io.stdout(
      `allowance for ${a.tie === "acquaintance" ? "an acquaintance" : a.tie === "close" ? "a close tie" : a.tie === "weak" ? "a weak tie" : `a ${a.tie}`}${v.cost.rapport ? ` (raised by ${v.cost.rapport} warm interaction${v.cost.rapport === 1 ? "" : "s"})` : ""}: ${a.minutes} min, ${a.travelMinutes} min travel, ${a.formats.join("/")}\n`,
    );
    if (v.rightSized) io.stdout(`ask instead: ${describeAsk(v.rightSized)}\n`);
  }
  return v.level === "unreasonable" ? EXIT.findings : EXIT.ok;
}
