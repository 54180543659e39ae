import { docsUrl, type LintRule, type LintRuleReport } from "../lint-rule";

const id = "length";
export const COLD_WARN_WORDS = 75;
export const COLD_MAX_WORDS = 100;
/** Warm messages are read on phones too; past 100 words they are long, past 150 too long. */
export const WARM_WARN_WORDS = 100;
export const WARM_MAX_WORDS = 150;
export const SUBJECT_MAX = 60;

export const length: LintRule = {
  id,
  meta: {
    description:
      "A first e-mail or LinkedIn message stays under 100 words (75 is better), a warm one under 100 too (150 at most); an e-mail subject under 60 characters.",
    severity: "warning",
    docs: docsUrl(id),
  },
  check({ message, context }) {
    if (context.channel !== "email" && context.channel !== "linkedin-message") return [];
    const out: LintRuleReport[] = [];
    const cold = context.firstContact;
    const words = message.words;
    const hint = cold ? COLD_WARN_WORDS : WARM_WARN_WORDS;
    const limit = cold ? COLD_MAX_WORDS : WARM_MAX_WORDS;
    if (words > hint) {
      const over = words > limit;
      // Between 75 and 100 words a first message is still fine to send: that is a hint, not a problem.
      const severity = cold ? (over ? "error" : "info") : "warning";
      out.push({
        severity,
        message: `${words} words is long for a ${cold ? "first" : "warm"} message; keep it under ${hint} so it is read on a phone.`,
        start: message.wordOffset(over ? limit : hint),
        end: message.bodyEnd,
      });
    }
    const subject = context.subject ?? "";
    if (context.channel === "email" && subject.length > SUBJECT_MAX) {
      // A long subject is cut off in the inbox, not unread: the message stays as brief as its body, so a hint.
      out.push({
        severity: "info",
        message: `The subject is ${subject.length} characters; inboxes cut it at about ${SUBJECT_MAX}.`,
        start: SUBJECT_MAX,
        end: subject.length,
        target: "subject",
      });
    }
    return out;
  },
};
