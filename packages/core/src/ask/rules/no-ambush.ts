import { PRESUMPTUOUS } from "../ask-text";
import { docsUrl, personWords, type AskRule, type AskRuleReport } from "../ask-rule";

const id = "no-ambush";
/** "A few days": a deadline nearer than this is pressure for anyone but a close tie. */
const MIN_DAYS = 3;
const COMFORTABLE_DAYS = 5;

export const noAmbush: AskRule = {
  id,
  meta: {
    description: "No deadline closer than a few days for anyone but close ties; no presumptuous format.",
    severity: "error",
    docs: docsUrl(id),
  },
  check({ ask, contact, cost }) {
    const out: AskRuleReport[] = [];
    const close = contact.tie === "close";
    const days = cost.pressureDays;
    if (days !== null && days < 0) {
      out.push({ severity: "error", message: `The deadline ${ask.deadline} has already passed.` });
    } else if (days !== null && !close && days < MIN_DAYS) {
      out.push({
        severity: "error",
        message: `A deadline ${days === 0 ? "today" : days === 1 ? "tomorrow" : `in ${days} days`} ambushes ${personWords(contact.name).object}; give them at least a week.`,
      });
    } else if (days !== null && !close && days < COMFORTABLE_DAYS) {
      out.push({ severity: "warning", message: `${days} days is short notice; a week or more is kinder.` });
    }
    const presumptuous = PRESUMPTUOUS.exec(ask.specifics);
    if (presumptuous && !close) {
      out.push({
        severity: "error",
        message: `"${presumptuous[0]}" presumes a meeting ${personWords(contact.name).subject} ${personWords(contact.name).has} not agreed to; ask, and let them choose.`,
      });
    }
    return out;
  },
};
