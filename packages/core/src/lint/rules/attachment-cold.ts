import { ATTACHMENT, RESUME_HEADING } from "../detect/phrases";
import { docsUrl, type LintRule } from "../lint-rule";

const id = "attachment-cold";
const MENTIONS_ATTACHMENT = /attach|enclos|below/i;

export const attachmentCold: LintRule = {
  id,
  meta: {
    description: "No résumé attached or pasted into a first message to a stranger.",
    severity: "warning",
    docs: docsUrl(id),
  },
  check({ message, context }) {
    if (context.tie !== "stranger" || !context.firstContact) return [];
    // A literal scan first: almost no message mentions an attachment, and this one is cheap.
    const m =
      (MENTIONS_ATTACHMENT.test(message.text) ? ATTACHMENT.exec(message.text) : null) ??
      RESUME_HEADING.exec(message.text);
    if (!m) return [];
    return [
      {
        message: "A résumé in a first message to a stranger reads as a job application; offer it later, if they ask.",
        start: m.index,
        end: m.index + m[0].length,
      },
    ];
  },
};
