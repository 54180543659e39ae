import { ATTACHMENT, RESUME_HEADING } from "../detect/phrases";
import { docsPath, type LintRule } from "../lint-rule";

const id = "attachment-cold";

export const attachmentCold: LintRule = {
  id,
  meta: {
    description: "No résumé attached or pasted into a first message to a stranger.",
    severity: "warning",
    docs: docsPath(id),
  },
  check({ message, context }) {
    if (context.tie !== "stranger" || !context.firstContact) return [];
    const m = ATTACHMENT.exec(message.text) ?? RESUME_HEADING.exec(message.text);
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
