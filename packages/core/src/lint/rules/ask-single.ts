import { docsUrl, type LintRule } from "../lint-rule";

const id = "ask-single";

export const askSingle: LintRule = {
  id,
  meta: { description: "A first message makes one request, not several.", severity: "warning", docs: docsUrl(id) },
  check({ context, asks }) {
    if (!context.firstContact) return [];
    // Connecting costs nothing: "I'd love to connect — and may I ask one question?" is one request.
    const requests = asks.filter((a) => a.reading.kind !== "connect");
    if (requests.length < 2) return [];
    return requests.slice(1).map(({ reading }) => ({
      message: `"${reading.text}" is another request; a first message should ask one thing.`,
      start: reading.start,
      end: reading.end,
      suggestion: { message: "Keep the smallest request and save the others for after they reply." },
    }));
  },
};
