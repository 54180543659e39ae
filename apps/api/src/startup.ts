import { Cause, Exit } from "effect";
import { ConfigError, configFromEnv, describeDatabase, type Config } from "./config";
import type { AppRuntime } from "./http/runner";

/** What was being done when a start-up check failed: the first words of the message. */
export type Task = "start" | "migrate the database" | "reset the password";

/** Ends the process with a message an operator can act on: no stack trace for a setting or a database. */
export function exitWith(task: Task, message: string): never {
  console.error(`Enlist cannot ${task}: ${message}`);
  process.exit(1);
}

export function loadConfig(task: Task, env: NodeJS.ProcessEnv = process.env): Config {
  try {
    return configFromEnv(env);
  } catch (error) {
    if (error instanceof ConfigError) exitWith(task, `check these settings:\n  ${error.problems.join("\n  ")}`);
    throw error;
  }
}

/**
 * Opens and migrates the database before anything listens, so that a server which cannot reach its data
 * says so and stops, instead of announcing itself and answering every request with a 500.
 */
export async function openDatabase(task: Task, runtime: AppRuntime, databaseUrl: string): Promise<void> {
  const exit = await runtime.runPromiseExit(runtime.contextEffect);
  if (Exit.isSuccess(exit)) return;
  const cause = Cause.squash(exit.cause);
  const reason = cause instanceof Error ? cause.message : String(cause);
  // A PostgreSQL error may quote the connection string; the password stays out of the logs.
  exitWith(
    task,
    `cannot open the database (${describeDatabase(databaseUrl)}): ${reason.replace(/\/\/[^@/\s]*@/g, "//…@")}`,
  );
}
