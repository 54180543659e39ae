import { foldAccents } from "../../text/fold-accents";
import { docsUrl, type LintRule } from "../lint-rule";

const id = "greeting-name";
const TITLE = /^(?:mr|mrs|ms|mx|dr|prof)\.?\s+/i;

export const greetingName: LintRule = {
  id,
  meta: {
    description: "The greeting names the recipient, spelled as they spell it (Sarah, not Sara).",
    severity: "error",
    docs: docsUrl(id),
  },
  check({ message, context }) {
    const name = message.greeting?.name;
    const recipient = context.recipientName?.trim();
    if (!name || !recipient) return [];
    const parts = recipient.split(/\s+/).filter(Boolean);
    const known = new Set(parts.map(foldAccents));
    const greeted = name.text.replace(TITLE, "").split(/\s+/).map(foldAccents);
    if (greeted.every((g) => known.has(g))) return [];
    const first = parts[0] ?? recipient;
    const replacement = TITLE.test(name.text)
      ? `${name.text.match(TITLE)?.[0] ?? ""}${parts[parts.length - 1] ?? first}`
      : first;
    return [
      {
        message: `The greeting says "${name.text}" but you are writing to ${recipient}.`,
        start: name.start,
        end: name.end,
        suggestion: { message: `Greet them as ${replacement}.`, replacement },
      },
    ];
  },
};
