import {
  CHANNELS,
  CIRCLE_IDS,
  MESSAGE_PURPOSES,
  SEVERITIES,
  TIES,
  describeAsk,
  lintMessage,
  type Finding,
} from "@enlist/core";
import { EXIT, UsageError, type Io } from "../io";
import { defined, oneOf, parse } from "../options";
import { lineColumn } from "../position";
import { readInput } from "../read-input";

export const LINT_HELP = `Usage: enlist lint [FILE|-] --channel CHANNEL [options]

Checks a drafted outreach message against the relationship it is sent into, and prints one line per
finding: FILE:LINE:COL severity message (rule-id). Reads standard input when FILE is "-" or missing.

Options:
  --channel C          ${CHANNELS.join(" | ")} (required)
  --circle C           ${CIRCLE_IDS.join(" | ")}
  --tie T              ${TIES.join(" | ")}
  --recipient NAME     who the message is to, to check the greeting
  --subject TEXT       the e-mail (or InMail) subject
  --purpose P          ${MESSAGE_PURPOSES.join(" | ")} (default: read from the text)
  --first-contact      a first message (default for strangers and weak ties)
  --not-first-contact  not a first message
  --colleague          the recipient works with you now
  --still-employed     you still work there (turns on discretion)
  --free-account       a free LinkedIn account (200-character notes)
  --strict             the strict preset: warnings become errors
  --rule ID=SETTING    turn a rule off or set its severity (${["off", ...SEVERITIES].join(" | ")}); repeatable
  --format F           text | json (default text)
  -h, --help           show this help

Exit status: 0 when no finding is an error, 1 when one is, 2 on bad usage.
`;

function ruleSettings(values: string[] | undefined): Record<string, string> {
  const rules: Record<string, string> = {};
  for (const v of values ?? []) {
    const m = /^([a-z-]+)=(\w+)$/.exec(v);
    if (!m) throw new UsageError(`--rule takes ID=SETTING, e.g. --rule length=off (got "${v}")`);
    rules[m[1] as string] = m[2] as string;
  }
  return rules;
}

function formatFinding(file: string, text: string, f: Finding): string {
  if (f.target === "subject") return `${file}:subject:${(f.start ?? 0) + 1} ${f.severity} ${f.message} (${f.ruleId})`;
  const { line, column } = lineColumn(text, f.start ?? 0);
  return `${file}:${line}:${column} ${f.severity} ${f.message} (${f.ruleId})`;
}

export async function lint(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, {
    channel: { type: "string" },
    circle: { type: "string" },
    tie: { type: "string" },
    recipient: { type: "string" },
    subject: { type: "string" },
    purpose: { type: "string" },
    "first-contact": { type: "boolean" },
    "not-first-contact": { type: "boolean" },
    colleague: { type: "boolean" },
    "still-employed": { type: "boolean" },
    "free-account": { type: "boolean" },
    strict: { type: "boolean" },
    rule: { type: "string", multiple: true },
    format: { type: "string" },
  });
  if (values.help) {
    io.stdout(LINT_HELP);
    return EXIT.ok;
  }
  if (positionals.length > 1) throw new UsageError(`lint takes one file at a time (got ${positionals.length})`);
  if (!values.channel) throw new UsageError("--channel is required");
  const format = oneOf("format", values.format, ["text", "json"]) ?? "text";
  const file = positionals[0] ?? "-";
  const text = await readInput(file, io);
  const context = defined({
    channel: oneOf("channel", values.channel, CHANNELS),
    circle: oneOf("circle", values.circle, CIRCLE_IDS),
    tie: oneOf("tie", values.tie, TIES),
    recipientName: values.recipient,
    subject: values.subject,
    purpose: oneOf("purpose", values.purpose, MESSAGE_PURPOSES),
    firstContact: values["first-contact"] ? true : values["not-first-contact"] ? false : undefined,
    currentColleague: values.colleague,
    stillEmployed: values["still-employed"],
    linkedInFreeAccount: values["free-account"],
  });
  const result = lintMessage(text, context, {
    preset: values.strict ? "strict" : "recommended",
    rules: ruleSettings(values.rule),
  });
  if (!result.ok) throw new UsageError(result.error.message.replace(/^options\.rules\./, "--rule "));
  const report = result.value;
  const name = file === "-" ? "<stdin>" : file;
  if (format === "json") {
    io.stdout(`${JSON.stringify({ file: name, ...report }, null, 2)}\n`);
  } else {
    for (const f of report.findings) io.stdout(`${formatFinding(name, text, f)}\n`);
    // What the rules judged: the requests as Enlist read them.
    io.stdout(
      report.asks.length === 0
        ? "Enlist reads no request in this message.\n"
        : report.asks.map((a) => `Enlist reads your ask as: ${describeAsk(a)}\n`).join(""),
    );
    const errors = report.findings.filter((f) => f.severity === "error").length;
    const warnings = report.findings.filter((f) => f.severity === "warning").length;
    const summary =
      report.findings.length === 0
        ? "no problems"
        : `${report.findings.length} problem${report.findings.length === 1 ? "" : "s"} (${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"})`;
    io.stdout(
      `${report.findings.length ? "\n" : ""}${summary} · score ${report.score} · ${report.words} words · ${report.characters} characters${report.ready ? " · ready to send" : ""}\n`,
    );
  }
  return report.ready ? EXIT.ok : EXIT.findings;
}
