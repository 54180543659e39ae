// `npm run admin -- reset-password <email> [--password-stdin]`: account chores for whoever runs the server,
// done against its database directly. Not in the enlist command line, which only talks to the API.
import { Cause, Exit } from "effect";
import { readFileSync } from "node:fs";
import { describeDatabase } from "./config";
import { makeRuntime } from "./runtime";
import { generatedPassword, resetPassword } from "./services/reset-password";
import { exitWith, loadConfig, openDatabase } from "./startup";

const USAGE = `Usage: npm run admin -- reset-password <email> [--password-stdin]

  reset-password   Sets a new password for the account with this e-mail and ends its sessions, access
                   tokens and calendar feed link. Without --password-stdin a password is generated and
                   printed once; with it, the new password is read from standard input.`;

const [command, email, ...flags] = process.argv.slice(2);
if (command !== "reset-password" || !email || email.startsWith("-") || flags.some((f) => f !== "--password-stdin")) {
  const help = command === "--help" || command === "help";
  if (help) console.log(USAGE);
  else console.error(command === undefined ? USAGE : `Unknown or incomplete command.\n\n${USAGE}`);
  process.exit(help ? 0 : 2);
}

const fromStdin = flags.includes("--password-stdin");
const password = fromStdin ? readFileSync(0, "utf8").replace(/\r?\n$/, "") : generatedPassword();
// The same settings as the server's, so the new hash has the cost the server would give it.
const { databaseUrl, scryptCost } = loadConfig("reset the password");
const runtime = makeRuntime({ databaseUrl, scryptCost });
await openDatabase("reset the password", runtime, databaseUrl);
const exit = await runtime.runPromiseExit(resetPassword(email, password));
await runtime.dispose();
if (Exit.isFailure(exit)) {
  const error = Cause.squash(exit.cause) as { _tag?: string; detail?: string; message?: string };
  if (error._tag === "NotFound")
    exitWith(
      "reset the password",
      `there is no account with the e-mail ${email.trim().toLowerCase()} in ${describeDatabase(databaseUrl)}.`,
    );
  exitWith("reset the password", error.detail ?? error.message ?? String(error));
}
const reset = exit.value;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
console.log(
  `Set a new password for ${reset.email}. Ended ${plural(reset.sessionsEnded, "session")} and revoked ${plural(reset.tokensRevoked, "access token")}; the calendar feed link is off until they make a new one.`,
);
if (!fromStdin) console.log(`New password (shown this once; pass it on privately): ${password}`);
