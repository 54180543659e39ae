import { ASK_KINDS, CHANNELS, CIRCLE_IDS, TIES, buildMessage, matchCurrentEmployer } from "@enlist/core";
import { EXIT, UsageError, type Io } from "../io";
import { defined, integer, oneOf, parse } from "../options";
import { readJson } from "../read-input";

export const BUILD_HELP = `Usage: enlist build --to NAME --circle C --tie T --from NAME --kind K --specifics TEXT [options]
       enlist build --json FILE|-

Composes a first draft: greeting, connection, compliment, reason, ask, easy out, thanks, sign-off. An ask
too big for the relationship is replaced by the largest one that fits. With --json, FILE holds the
buildMessage input.

Options:
  --to NAME            the recipient
  --circle C           ${CIRCLE_IDS.join(" | ")}
  --tie T              ${TIES.join(" | ")}
  --compliment TEXT    the specific thing they did: "talk on microlearning at DevLearn"
  --connection TEXT    how you know them: "we met at PyCon 2024"
  --transition A:B     the move they made, e.g. teaching:instructional design
  --colleague          they work with you now
  --company NAME       where they work
  --trusted            you have told them about your move: the draft need not hide it
  --from NAME          your name
  --pivot A:B          your move, e.g. teaching:instructional design
  --still-employed     you still work at your current job
  --employer NAME      your current employer: with --company, says whether they are a colleague
  --kind K             ${ASK_KINDS.join(" | ")}
  --specifics TEXT     the topic, person or document
  --minutes N          the size of the ask
  --questions N        how many questions
  --channel C          ${CHANNELS.join(" | ")} (default email)
  --tone T             warm | professional (default professional)
  --seed N             pick other phrasings
  --free-account       a free LinkedIn account (200-character notes)
  --json FILE          read the whole input as JSON ("-" for standard input)
  --output F           text | json (default text)
  -h, --help           show this help
`;

function pair(name: string, value: string | undefined): [string, string] | undefined {
  if (value === undefined) return undefined;
  const i = value.indexOf(":");
  if (i <= 0 || i === value.length - 1)
    throw new UsageError(`--${name} takes FROM:TO, e.g. teaching:instructional design (got "${value}")`);
  return [value.slice(0, i).trim(), value.slice(i + 1).trim()];
}

export async function build(args: string[], io: Io): Promise<number> {
  const { values } = parse(args, {
    to: { type: "string" },
    circle: { type: "string" },
    tie: { type: "string" },
    compliment: { type: "string" },
    connection: { type: "string" },
    transition: { type: "string" },
    colleague: { type: "boolean" },
    company: { type: "string" },
    trusted: { type: "boolean" },
    employer: { type: "string" },
    from: { type: "string" },
    pivot: { type: "string" },
    "still-employed": { type: "boolean" },
    kind: { type: "string" },
    specifics: { type: "string" },
    minutes: { type: "string" },
    questions: { type: "string" },
    channel: { type: "string" },
    tone: { type: "string" },
    seed: { type: "string" },
    "free-account": { type: "boolean" },
    json: { type: "string" },
    output: { type: "string" },
  });
  if (values.help) {
    io.stdout(BUILD_HELP);
    return EXIT.ok;
  }
  const output = oneOf("output", values.output, ["text", "json"]) ?? "text";
  let input: unknown;
  let note = "";
  if (values.json !== undefined) input = await readJson(values.json, io);
  else {
    for (const required of ["to", "circle", "tie", "from", "kind"] as const) {
      if (values[required] === undefined) throw new UsageError(`--${required} is required (or give --json)`);
    }
    const transition = pair("transition", values.transition);
    const pivot = pair("pivot", values.pivot);
    if (values.employer !== undefined && !values.employer.trim())
      throw new UsageError("--employer must name your current employer");
    const atEmployer =
      values.employer !== undefined
        ? matchCurrentEmployer({ currentEmployer: values.employer }, { company: values.company })
        : undefined;
    // --trusted wins: they know of the move. Else --colleague, else the employer and their company decide.
    const colleague = values.trusted ? false : (values.colleague ?? (atEmployer?.colleague ? true : undefined));
    if (atEmployer?.colleague && !values.trusted && values["still-employed"])
      note = `\nenlist: ${atEmployer.reason} The draft keeps your move out of it (--trusted if you have told them).\n`;
    input = {
      recipient: defined({
        name: values.to,
        circle: oneOf("circle", values.circle, CIRCLE_IDS),
        tie: oneOf("tie", values.tie, TIES),
        compliment: values.compliment,
        connection: values.connection,
        transition: transition && { from: transition[0], to: transition[1] },
        currentColleague: colleague,
      }),
      sender: defined({
        name: values.from,
        pivot: pivot && defined({ fromField: pivot[0], toField: pivot[1], stillEmployed: values["still-employed"] }),
      }),
      ask: defined({
        kind: oneOf("kind", values.kind, ASK_KINDS),
        specifics: values.specifics ?? "",
        minutes: integer("minutes", values.minutes),
        questions: integer("questions", values.questions),
      }),
      ...defined({
        channel: oneOf("channel", values.channel, CHANNELS) ?? "email",
        tone: oneOf("tone", values.tone, ["warm", "professional"]),
        seed: integer("seed", values.seed),
        linkedInFreeAccount: values["free-account"],
      }),
    };
  }
  const result = buildMessage(input);
  if (!result.ok) throw new UsageError(result.error.message);
  const m = result.value;
  if (output === "json") io.stdout(`${JSON.stringify(m, null, 2)}\n`);
  else {
    if (m.subject !== undefined) io.stdout(`Subject: ${m.subject}\n\n`);
    io.stdout(`${m.body}\n`);
    if (note) io.stderr(note);
    if (m.rightSized)
      io.stderr(
        `\nenlist: the ask was too big for this relationship; the draft asks for ${m.ask.kind === "questions" ? `${m.ask.questions ?? 2} questions` : `a ${m.ask.kind}`} instead.\n`,
      );
  }
  return EXIT.ok;
}
