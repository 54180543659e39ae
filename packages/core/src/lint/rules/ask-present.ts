import { docsPath, type LintRule } from "../lint-rule";

const id = "ask-present";

export const askPresent: LintRule = {
  id,
  meta: { description: "The message asks for something.", severity: "error", docs: docsPath(id) },
  check({ message, context, requests }) {
    if (!context.asks || requests.length > 0 || message.words === 0) return [];
    // A direct question ("How did you get into UX?") asks for an answer, which is a request enough.
    if (message.sentences.some((s) => s.text.trimEnd().endsWith("?"))) return [];
    return [
      {
        message: "There is no request: say what you would like them to do, as a question.",
        start: 0,
        end: message.bodyEnd,
        suggestion: { message: 'Add one small, specific question, e.g. "Would you be open to two quick questions about …?"' },
      },
    ];
  },
};
