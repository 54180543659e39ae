import type { Result } from "../result";
import type { Finding, Severity } from "../schemas/finding";
import { analyse, type Sentence } from "./anatomy";
import { judgeReading } from "./read/judge-reading";
import { inferPurpose } from "./read/purpose";
import { readAsksIn, type AskReading } from "./read/read-asks";
import type { LintReport, ReadAsk } from "../schemas/lint-report";
import type { LintContext, LintOptions, MessagePurpose } from "./lint-context";
import { LINT_CONTEXT_FIELDS, LINT_OPTIONS_FIELDS } from "./lint-context-fields";
import { validateFields } from "./field-spec";
import type { LintInput, MessageContext } from "./lint-rule";
import { presetSeverity } from "./presets";
import { LINT_RULES } from "./rules/registry";

const PENALTY: Record<Severity, number> = { error: 25, warning: 8, info: 2 };
/** Longer texts are still linted, but only this much: nobody sends a megabyte, and rules stay linear. */
export const MAX_TEXT = 100_000;

function resolve(context: LintContext, purpose: MessagePurpose, firstContact: boolean): MessageContext {
  // Assigned field by field: an object spread here costs more than all of the cheap rules together.
  const resolved = Object.assign({}, context) as MessageContext;
  resolved.purpose = purpose;
  resolved.purposeInferred = context.purpose === undefined;
  resolved.firstContact = firstContact;
  resolved.asks = purpose === "ask" || purpose === "follow-up";
  return resolved;
}

/** What every rule reads: the message taken apart once, the context with its defaults, the asks judged. */
export function prepareInput(text: string, context: LintContext): LintInput {
  const message = analyse(text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text);
  const readings = readAsksIn(message);
  const firstContact = context.firstContact ?? (context.tie === "stranger" || context.tie === "weak");
  const purpose = context.purpose ?? inferPurpose(message, readings.length > 0, firstContact);
  const resolved = resolve(context, purpose, firstContact);
  const asks = readings.map((r) => judgeReading(r, resolved));
  return { message, context: resolved, asks, requests: sentencesOf(message.sentences, readings) };
}

function sentencesOf(sentences: readonly Sentence[], readings: readonly AskReading[]): Sentence[] {
  if (readings.length === 0) return [];
  return sentences.filter((s) => readings.some((r) => s.start >= r.start && s.end <= r.end));
}

/** The text, context and options as lintMessage and readAsks take them, or the field at fault. */
function checkInput(
  text: unknown,
  context: unknown,
  options: unknown,
): Result<{ text: string; context: LintContext; options: LintOptions }> {
  if (typeof text !== "string") {
    return {
      ok: false,
      error: {
        kind: "invalid-input",
        message: "text: must be a string",
        issues: [{ path: "text", message: "must be a string" }],
      },
    };
  }
  const ctx = validateFields<LintContext>(LINT_CONTEXT_FIELDS, context, "context");
  if (!ctx.ok) return ctx;
  const opts = validateFields<LintOptions>(LINT_OPTIONS_FIELDS, options ?? {}, "options");
  if (!opts.ok) return opts;
  return { ok: true, value: { text, context: ctx.value, options: opts.value } };
}

/**
 * Lints a drafted outreach message against the relationship it is sent into. Findings carry UTF-16
 * offsets into `text` (or into `context.subject` when `target` is "subject").
 */
export function lintMessage(text: unknown, context: unknown, options?: unknown): Result<LintReport> {
  const checked = checkInput(text, context, options);
  if (!checked.ok) return checked;
  const { options: opts } = checked.value;

  const input = prepareInput(checked.value.text, checked.value.context);
  const preset = opts.preset ?? "recommended";
  const settings = opts.rules ?? {};

  const findings: Finding[] = [];
  for (const rule of LINT_RULES) {
    const setting = settings[rule.id];
    if (setting === "off") continue;
    for (const report of rule.check(input)) {
      const severity = setting ?? presetSeverity(preset, report.severity ?? rule.meta.severity);
      const finding: Finding = {
        ruleId: rule.id,
        severity,
        message: report.message,
        start: report.start,
        end: report.end,
      };
      if (report.target) finding.target = report.target;
      if (report.suggestion) finding.suggestion = report.suggestion;
      findings.push(finding);
    }
  }
  findings.sort(
    (a, b) => (a.target === b.target ? 0 : a.target === "subject" ? -1 : 1) || (a.start ?? 0) - (b.start ?? 0),
  );
  const score = Math.max(0, 100 - findings.reduce((sum, f) => sum + PENALTY[f.severity], 0));
  return {
    ok: true,
    value: {
      findings,
      asks: asksOf(input),
      ready: !findings.some((f) => f.severity === "error"),
      score,
      words: input.message.words,
      characters: checked.value.text.length,
    },
  };
}

const asksOf = (input: LintInput): ReadAsk[] => input.asks.map(({ reading, level }) => ({ ...reading, level }));

/**
 * The requests in a message as Enlist reads them: each with its span, form, kind in `checkAsk`'s vocabulary,
 * size, topic and — when the context gives a tie — `checkAsk`'s verdict on it. The same reading the
 * linter's ask rules judge. Takes what `lintMessage` takes; bad input comes back as `{ ok: false }`.
 */
export function readAsks(text: unknown, context: unknown = { channel: "email" }): Result<ReadAsk[]> {
  const checked = checkInput(text, context, {});
  if (!checked.ok) return checked;
  return { ok: true, value: asksOf(prepareInput(checked.value.text, checked.value.context)) };
}
