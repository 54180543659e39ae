import { docsUrl, type LintRule, type LintRuleReport } from "../lint-rule";

const id = "time-bound";

export const timeBound: LintRule = {
  id,
  meta: {
    description: "An ask of a leader or pathfinder states its size: two questions, fifteen minutes.",
    severity: "warning",
    docs: docsUrl(id),
  },
  check({ context, asks }) {
    if (context.circle !== "leaders" && context.circle !== "pathfinders") return [];
    const out: LintRuleReport[] = [];
    for (const judged of asks) {
      if (!judged.findings.some((f) => f.ruleId === "bounded" && f.messageId === "size")) continue;
      out.push({
        message: "Say how big the ask is (two questions, fifteen minutes) so they know what they are agreeing to.",
        start: judged.reading.start,
        end: judged.reading.end,
        suggestion: { message: 'e.g. "Would you be open to a 15-minute call?"' },
      });
      break;
    }
    return out;
  },
};
