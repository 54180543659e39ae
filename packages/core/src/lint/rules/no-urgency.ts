import { OWN_AVAILABILITY, URGENCY } from "../detect/phrases";
import { docsUrl, type LintRule } from "../lint-rule";
import { reportMatchesInProse } from "../detect/each-match";

const id = "no-urgency";

export const noUrgency: LintRule = {
  id,
  meta: {
    description: 'No pressure: "ASAP", "urgent", "by tomorrow", "drop everything", "things are moving quickly".',
    severity: "warning",
    docs: docsUrl(id),
  },
  check({ message }) {
    const found = reportMatchesInProse(URGENCY, message, (match) => ({
      message: `"${match}" puts pressure on someone who owes you nothing; let them answer in their own time.`,
      suggestion: { message: "Remove the deadline, or give at least a week." },
    }));
    return found.filter((f) => !OWN_AVAILABILITY.test(message.text.slice(Math.max(0, f.start - 30), f.start)));
  },
};
