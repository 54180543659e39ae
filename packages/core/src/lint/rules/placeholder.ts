import { PLACEHOLDER } from "../detect/phrases";
import { docsUrl, type LintRule, type LintRuleReport } from "../lint-rule";

const id = "placeholder";

function scan(text: string, target?: "subject"): LintRuleReport[] {
  const out: LintRuleReport[] = [];
  PLACEHOLDER.lastIndex = 0;
  for (let m = PLACEHOLDER.exec(text); m; m = PLACEHOLDER.exec(text)) {
    out.push({
      message: `"${m[0]}" is an unfilled template token; a message that shows it looks mass-produced.`,
      start: m.index,
      end: m.index + m[0].length,
      ...(target ? { target } : {}),
    });
  }
  return out;
}

export const placeholder: LintRule = {
  id,
  meta: {
    description: "No unfilled template tokens: [Name], {{company}}, <first name>, XXX, TODO.",
    severity: "error",
    docs: docsUrl(id),
  },
  check({ message, context }) {
    const found = scan(message.text);
    if (context.subject) found.push(...scan(context.subject, "subject"));
    return found;
  },
};
