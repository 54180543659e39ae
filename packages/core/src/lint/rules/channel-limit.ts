import type { LintContext } from "../lint-context";
import { docsUrl, type LintRule, type LintRuleReport } from "../lint-rule";

const id = "channel-limit";

export const LIMITS = {
  connectionNote: 300,
  connectionNoteFree: 200,
  inMailSubject: 200,
  inMailBody: 1900,
  linkedInMessage: 8000,
  text: 320,
} as const;

/** The most characters the channel takes in the body; LinkedIn cuts the rest or refuses to send. */
export function bodyLimit(context: Pick<LintContext, "channel" | "subject" | "linkedInFreeAccount">): number | null {
  switch (context.channel) {
    case "linkedin-note":
      return context.linkedInFreeAccount ? LIMITS.connectionNoteFree : LIMITS.connectionNote;
    case "linkedin-message":
      return context.subject !== undefined ? LIMITS.inMailBody : LIMITS.linkedInMessage;
    case "text":
      return LIMITS.text;
    default:
      return null;
  }
}

export const channelLimit: LintRule = {
  id,
  meta: {
    description:
      "LinkedIn connection notes fit 300 characters (200 on a free account); InMail subjects 200 and bodies 1,900.",
    severity: "error",
    docs: docsUrl(id),
  },
  check({ message, context }) {
    const out: LintRuleReport[] = [];
    const limit = bodyLimit(context);
    const length = message.text.length;
    if (limit !== null && length > limit) {
      const what =
        context.channel === "linkedin-note"
          ? "connection note"
          : context.channel === "text"
            ? "text message"
            : context.subject !== undefined
              ? "InMail"
              : "LinkedIn message";
      out.push({
        severity: context.channel === "text" ? "warning" : "error",
        message: `${length} characters is over the ${limit}-character limit for a ${what}; ${length - limit} must go.`,
        start: limit,
        end: length,
      });
    }
    if (
      context.channel === "linkedin-message" &&
      context.subject !== undefined &&
      context.subject.length > LIMITS.inMailSubject
    ) {
      out.push({
        message: `An InMail subject takes ${LIMITS.inMailSubject} characters; this one has ${context.subject.length}.`,
        start: LIMITS.inMailSubject,
        end: context.subject.length,
        target: "subject",
      });
    }
    return out;
  },
};
