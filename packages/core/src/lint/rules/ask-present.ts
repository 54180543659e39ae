import { docsUrl, type LintRule } from "../lint-rule";

const id = "ask-present";

export const askPresent: LintRule = {
  id,
  meta: { description: "The message asks for something.", severity: "error", docs: docsUrl(id) },
  check({ message, context, asks }) {
    // A follow-up's request is in the first message; a connection note is itself the request to connect.
    if (context.purpose !== "ask" || asks.length > 0 || message.words === 0 || context.channel === "linkedin-note")
      return [];
    return [
      {
        message: "There is no request: say what you would like them to do, as a question.",
        start: 0,
        end: message.bodyEnd,
        suggestion: {
          message: 'Add one small, specific question, e.g. "Would you be open to two quick questions about …?"',
        },
      },
    ];
  },
};
