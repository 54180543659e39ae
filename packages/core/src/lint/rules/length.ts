import { docsPath, type LintRule, type LintRuleReport } from "../lint-rule";

const id = "length";
export const COLD_WARN_WORDS = 75;
export const COLD_MAX_WORDS = 100;
export const WARM_MAX_WORDS = 150;
export const SUBJECT_MAX = 60;

export const length: LintRule = {
  id,
  meta: {
    description: "A cold e-mail stays under 100 words (75 is better), a warm one under 150; a subject under 60 characters.",
    severity: "warning",
    docs: docsPath(id),
  },
  check({ message, context }) {
    if (context.channel !== "email" && context.channel !== "linkedin-message") return [];
    const out: LintRuleReport[] = [];
    const cold = context.firstContact;
    const words = message.words;
    const limit = cold ? COLD_MAX_WORDS : WARM_MAX_WORDS;
    if (words > limit || (cold && words > COLD_WARN_WORDS)) {
      const over = words > limit;
      const from = message.wordOffset(over ? limit : COLD_WARN_WORDS);
      out.push({
        severity: over && cold ? "error" : "warning",
        message: `${words} words is long for a ${cold ? "first" : "warm"} message; ${cold ? `keep it under ${COLD_WARN_WORDS}` : `keep it under ${WARM_MAX_WORDS}`} so it is read on a phone.`,
        start: from,
        end: message.bodyEnd,
      });
    }
    const subject = context.subject ?? "";
    if (context.channel === "email" && subject.length > SUBJECT_MAX) {
      out.push({
        message: `The subject is ${subject.length} characters; inboxes cut it at about ${SUBJECT_MAX}.`,
        start: SUBJECT_MAX,
        end: subject.length,
        target: "subject",
      });
    }
    return out;
  },
};
