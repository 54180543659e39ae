import { parseArg, type Result } from "../result";
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
  const a = parseArg(Ask, ask, "ask");
  if (!a.ok) return a;
  const c = parseArg(Contact, contact, "contact");
  if (!c.ok) return c;
  const ctx = parseArg(AskContext, context, "context");
  if (!ctx.ok) return ctx;
  const { findings, cost, level } = evaluateAsk(a.value, c.value, ctx.value);
  const rightSized = level === "reasonable" ? null : rightSize(a.value, c.value, ctx.value);
  return { ok: true, value: { level, findings, cost, rightSized } };
}
