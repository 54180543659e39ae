/** What a command may touch of the outside world: given to it, so tests can run it without a process. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  readStdin(): Promise<string>;
  /** Today's local date as YYYY-MM-DD: the CLI reads the clock so that the core never has to. */
  today(): string;
  cwd: string;
}

/** Exit codes, as linters use them. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

/** Bad usage: shown with the command's help and exit code 2. */
export class UsageError extends Error {}
