import { parseArgs, type Result } from "../result";
import { Ask } from "../schemas/ask";
import { AskContext, type AskContextInput } from "../schemas/ask-context";
import type { AskVerdict } from "../schemas/ask-verdict";
import { Contact } from "../schemas/contact";
import { evaluateAsk } from "./evaluate-ask";
import { rightSize } from "./right-size";

/**
 * Judges whether `ask` is reasonable to put to `contact` now, and if it is not, proposes the largest ask
 * that is. Invalid input comes back as `{ ok: false }` naming the field at fault.
 */
export function checkAsk(ask: unknown, contact: unknown, context: AskContextInput | unknown): Result<AskVerdict> {
  const args = parseArgs({ ask: [Ask, ask], contact: [Contact, contact], context: [AskContext, context] });
  if (!args.ok) return args;
  const { ask: a, contact: c, context: ctx } = args.value;
  const { findings, cost, level } = evaluateAsk(a, c, ctx);
  const rightSized = level === "reasonable" ? null : rightSize(a, c, ctx);
  return { ok: true, value: { level, findings, cost, rightSized } };
}
