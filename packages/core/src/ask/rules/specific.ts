import { contentWords, isGenericPhrase, namesDocument, namesPerson } from "../ask-text";
import { docsPath, type AskRule } from "../ask-rule";

const id = "specific";

export const specific: AskRule = {
  id,
  meta: {
    description: "The ask names a concrete action and object: which person, which topic, which document.",
    severity: "warning",
    docs: docsPath(id),
  },
  check({ ask }) {
    const text = ask.specifics.trim();
    // Naming the document or the person is the whole point of those asks: "my résumé" is specific enough.
    if (ask.kind === "resume-review" && namesDocument(text) && !isGenericPhrase(text)) return [];
    if (ask.kind === "introduction" && namesPerson(text) && !isGenericPhrase(text)) return [];
    if (isGenericPhrase(text) || contentWords(text).length < 2) {
      return [
        {
          severity: "warning",
          message: `"${text || "(nothing)"}" does not say what you want; generic requests confuse people and get nothing done.`,
          suggestion: { message: "Name the person to meet, the topic to ask about, or the document to review." },
        },
      ];
    }
    if (ask.kind === "introduction" && !namesPerson(text)) {
      return [
        {
          severity: "warning",
          message: "An introduction should name the person you want to meet.",
          suggestion: { message: "Write their full name, e.g. \"an introduction to Priya Raman, design lead at Figma\"." },
        },
      ];
    }
    if (ask.kind === "resume-review" && !namesDocument(text)) {
      return [
        {
          severity: "warning",
          message: "A review should name the document: your résumé, a cover letter, a portfolio.",
          suggestion: { message: "Say which document and what you want checked." },
        },
      ];
    }
    return [];
  },
};
