import { docsPath, type LintRule } from "../lint-rule";

const id = "ask-single";

export const askSingle: LintRule = {
  id,
  meta: { description: "A first message makes one request, not several.", severity: "warning", docs: docsPath(id) },
  check({ context, requests }) {
    if (!context.firstContact || requests.length < 2) return [];
    return requests.slice(1).map((r) => ({
      message: `This is request ${requests.indexOf(r) + 1} of ${requests.length}; a first message should ask one thing.`,
      start: r.start,
      end: r.end,
      suggestion: { message: "Keep the smallest request and save the others for after they reply." },
    }));
  },
};
