import { lintMessage } from "@enlist/core/lint";
import type { LintContext, LintReport } from "@enlist/core/schemas";

/**
 * The name every re-lint (reading the box, linting, placing the underlines and the panel) is recorded under
 * in the page's performance timeline: the cost a keystroke adds once typing pauses, for the benchmark to read.
 */
export const RELINT_MEASURE = "enlist-relint";

export function relint(text: string, context: LintContext): LintReport | null {
  const result = lintMessage(text, context);
  return result.ok ? result.value : null;
}

/** Calls `fn` once typing has paused for `ms`, however many keystrokes came before. */
export function debounce(fn: () => void, ms: number): { (): void; cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    clearTimeout(timer);
    timer = setTimeout(fn, ms);
  };
  run.cancel = () => clearTimeout(timer);
  return run;
}

/** Today in the user's own time zone, as the API takes dates. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
