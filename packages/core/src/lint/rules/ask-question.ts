import { docsUrl, type LintRule } from "../lint-rule";

const id = "ask-question";

export const askQuestion: LintRule = {
  id,
  meta: {
    description: 'The request is a question ending in "?", which is easy to answer yes to.',
    severity: "warning",
    docs: docsUrl(id),
  },
  check({ asks }) {
    const requests = asks.filter((a) => a.reading.kind !== "connect");
    const first = requests[0]?.reading;
    if (!first || requests.some((a) => a.reading.form === "question")) return [];
    return [
      {
        message: 'Phrase the request as a question ending in "?" so it invites a yes.',
        start: first.start,
        end: first.end,
        suggestion: { message: 'e.g. "Would you be open to …?"' },
      },
    ];
  },
};
