import { checkCompliment } from "../detect/compliment";
import { docsUrl, type LintRule } from "../lint-rule";

const id = "compliment-specific";

export const complimentSpecific: LintRule = {
  id,
  meta: {
    description: "A cold note to a leader compliments something specific they did; generic flattery does not count.",
    severity: "warning",
    docs: docsUrl(id),
  },
  check({ message, context }) {
    if (context.circle !== "leaders" || !context.firstContact || context.purpose !== "ask") return [];
    let generic: { start: number; end: number } | null = null;
    for (const s of message.sentences) {
      const c = checkCompliment(s.text);
      if (c.specific) return [];
      if (c.generic && !generic)
        generic = { start: s.start + c.generic.index, end: s.start + c.generic.index + c.generic.length };
    }
    return [
      {
        message: generic
          ? "This compliment is generic; name the talk, article or project of theirs you admire."
          : "Open with a compliment on something specific they did: a talk, an article, a project.",
        start: generic?.start ?? message.sentences[0]?.start ?? 0,
        end: generic?.end ?? message.sentences[0]?.end ?? message.bodyEnd,
        suggestion: { message: 'e.g. "Your talk on microlearning at DevLearn changed how I plan lessons."' },
      },
    ];
  },
};
