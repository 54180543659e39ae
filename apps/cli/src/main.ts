import { build, BUILD_HELP } from "./commands/build";
import { CHECK_ASK_HELP, checkAskCommand } from "./commands/check-ask";
import { lint, LINT_HELP } from "./commands/lint";
import { plan, PLAN_HELP } from "./commands/plan";
import { IMPORT_HELP, importCommand } from "./commands/import";
import { EXIT, UsageError, type Io } from "./io";

export type { Io } from "./io";

const HELP = `Usage: enlist <command> [options]

Commands:
  lint        check a drafted message (like a linter: FILE:LINE:COL severity message (rule-id))
  check-ask   judge whether an ask is reasonable, and right-size it
  build       compose a first draft from its parts
  plan        this week's next actions from an export
  import      send a LinkedIn, Google or vCard export to your Enlist account

Run "enlist <command> --help" for the options of each.
`;

const COMMANDS: Record<string, { run: (args: string[], io: Io) => Promise<number>; help: string }> = {
  lint: { run: lint, help: LINT_HELP },
  "check-ask": { run: checkAskCommand, help: CHECK_ASK_HELP },
  build: { run: build, help: BUILD_HELP },
  plan: { run: plan, help: PLAN_HELP },
  import: { run: (args, io) => importCommand(args, io), help: IMPORT_HELP },
};

/** Runs the command line and returns the exit status; never throws for anything a user types. */
export async function run(argv: string[], io: Io): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.stdout(HELP);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`enlist: unknown command "${name}"\n\n${HELP}`);
    return EXIT.usage;
  }
  try {
    return await command.run(args, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`enlist ${name}: ${e.message}\nRun "enlist ${name} --help" for usage.\n`);
      return EXIT.usage;
    }
    throw e;
  }
}
