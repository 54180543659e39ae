import { ASKS_FOR_TIME, STATES_SIZE } from "../detect/request";
import { docsPath, type LintRule } from "../lint-rule";

const id = "time-bound";

export const timeBound: LintRule = {
  id,
  meta: {
    description: "An ask of a leader or pathfinder states its size: two questions, fifteen minutes.",
    severity: "warning",
    docs: docsPath(id),
  },
  check({ context, requests }) {
    if (context.circle !== "leaders" && context.circle !== "pathfinders") return [];
    const timed = requests.filter((r) => ASKS_FOR_TIME.test(r.text));
    const first = timed[0];
    if (!first || timed.some((r) => STATES_SIZE.test(r.text))) return [];
    return [
      {
        message: "Say how big the ask is (two questions, fifteen minutes) so they know what they are agreeing to.",
        start: first.start,
        end: first.end,
        suggestion: { message: 'e.g. "Would you be open to a 15-minute call?"' },
      },
    ];
  },
};
