import { tieRank } from "../../schemas/tie-order";
import type { Severity } from "../../schemas/finding";
import { isBareBump } from "../detect/bare-bump";
import { testProse } from "../detect/each-match";
import { OFFER_OF_HELP } from "../detect/phrases";
import { docsUrl, type LintRule, type LintRuleReport } from "../lint-rule";
import { suggestionFor } from "./ask-suggestion";

const id = "ask-proportionate";
const SIZE_RULES = new Set(["proportionate", "ladder"]);
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
/** Of several reasons at one severity, the one that says most about this ask: a job before its minutes. */
const REASON_ORDER = ["job", "reputation", "review", "commitment", "time", "travel", "format", "openEnded", "ladder"];
const orderOf = (id: string | undefined) => (id === undefined ? REASON_ORDER.length : REASON_ORDER.indexOf(id));

/**
 * checkAsk's severity as the linter reports it: well over the allowance stays an error, an open-ended ask
 * of a cold contact a warning, and just over the allowance (a stretch) becomes a hint.
 */
function severityOf(f: { severity: Severity; messageId?: string }): Severity {
  if (f.severity === "error") return "error";
  return f.messageId === "openEnded" ? "warning" : "info";
}

export const askProportionate: LintRule = {
  id,
  meta: {
    description:
      "The size of each request fits the relationship, judged by checkAsk's rules and allowances for the tie.",
    severity: "error",
    docs: docsUrl(id),
  },
  check({ message, context, asks }) {
    if (!context.tie) return [];
    const out: LintRuleReport[] = [];
    for (const judged of asks) {
      let worst: { severity: Severity; message: string; messageId: string | undefined } | null = null;
      for (const f of judged.findings) {
        if (!SIZE_RULES.has(f.ruleId) && !(f.ruleId === "bounded" && f.messageId === "commitment")) continue;
        const severity = severityOf(f);
        const id = f.ruleId === "ladder" ? "ladder" : f.messageId;
        if (
          !worst ||
          RANK[severity] < RANK[worst.severity] ||
          (RANK[severity] === RANK[worst.severity] && orderOf(id) < orderOf(worst.messageId))
        ) {
          worst = { severity, message: f.message, messageId: id };
        }
      }
      if (!worst) continue;
      const report: LintRuleReport = {
        severity: worst.severity,
        message: worst.message,
        start: judged.reading.start,
        end: judged.reading.end,
      };
      const suggestion = suggestionFor(judged);
      if (suggestion) report.suggestion = suggestion;
      out.push(report);
    }
    // A bare nudge to a cold contact ("just bumping this!") leaves the same guess to make.
    if (isBareBump(message, context, asks.length) && tieRank(context.tie) > tieRank("friend")) {
      out.push({
        severity: "warning",
        message:
          "A nudge that does not restate the request leaves them to guess what you want, which reads as open-ended help.",
        start: 0,
        end: message.bodyEnd,
        suggestion: { message: "Restate the one small thing you asked for." },
      });
    }
    // With no request at all, a cold contact is left to guess, and what they guess is "help me" — unless
    // the message is there to offer help.
    if (
      asks.length === 0 &&
      !testProse(OFFER_OF_HELP, message) &&
      context.purpose === "ask" &&
      context.channel !== "linkedin-note" &&
      tieRank(context.tie) > tieRank("friend") &&
      message.words > 0
    ) {
      out.push({
        severity: "warning",
        message: "With no request stated, they are left to guess what you want, which reads as open-ended help.",
        start: 0,
        end: message.bodyEnd,
        suggestion: { message: 'Ask for one small thing, e.g. "May I ask you two quick questions about …?"' },
      });
    }
    return out;
  },
};
