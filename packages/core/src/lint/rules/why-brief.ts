import { isAboutSender, isReason } from "../detect/reason";
import { checkCompliment } from "../detect/compliment";
import { docsUrl, type LintRule } from "../lint-rule";

const id = "why-brief";
const MAX_SENTENCES = 2;

export const whyBrief: LintRule = {
  id,
  meta: {
    description: "A cold message says why you are writing, in one or two sentences.",
    severity: "warning",
    docs: docsUrl(id),
  },
  check({ message, context, requests }) {
    if (!context.firstContact || context.purpose !== "ask" || message.sentences.length === 0) return [];
    const isRequest = new Set(requests);
    const sentences = message.sentences;
    // A reason may share its sentence with the request: "I'm making the same move; could I ask…?"
    const at = sentences.findIndex((s) => isReason(s.text));
    if (at === -1) {
      const first = sentences[0];
      return [
        {
          message:
            "Say in a sentence why you are writing to them: the move you are making and why they are the person to ask.",
          start: first?.start ?? 0,
          end: first?.end ?? message.bodyEnd,
        },
      ];
    }
    let last = at;
    while (last + 1 < sentences.length) {
      const next = sentences[last + 1] as (typeof sentences)[number];
      if (isRequest.has(next) || !isAboutSender(next.text) || checkCompliment(next.text).specific) break;
      last++;
    }
    const count = last - at + 1;
    if (count <= MAX_SENTENCES) return [];
    return [
      {
        message: `Your reason for writing runs to ${count} sentences; one or two are enough.`,
        start: (sentences[at] as (typeof sentences)[number]).start,
        end: (sentences[last] as (typeof sentences)[number]).end,
      },
    ];
  },
};
