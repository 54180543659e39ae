import { isBareBump } from "../detect/bare-bump";
import { offersHelp } from "../detect/offer-of-help";
import { docsUrl, type LintRule } from "../lint-rule";

const id = "ask-present";

export const askPresent: LintRule = {
  id,
  meta: { description: "The message asks for something.", severity: "error", docs: docsUrl(id) },
  check({ message, context, asks }) {
    if (isBareBump(message, context, asks.length)) {
      return [
        {
          message:
            "This follow-up does not say what you asked for; they would have to find your first message to learn it.",
          start: 0,
          end: message.bodyEnd,
          suggestion: {
            message:
              'Restate the request in one line, e.g. "…whether you would have 15 minutes for two questions about …"',
          },
        },
      ];
    }
    // A follow-up's request is in the first message; a connection note is itself the request to connect.
    if (context.purpose !== "ask" || asks.length > 0 || message.words === 0 || context.channel === "linkedin-note")
      return [];
    // "Would a shared sign-up form help? I could build it": an offer, put as a question they can answer.
    if (offersHelp(message)) return [];
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
