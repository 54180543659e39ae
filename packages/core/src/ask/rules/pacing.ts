import { daysBetween } from "../../follow-up/calendar";
import { docsUrl, personWords, type AskRule, type AskRuleReport } from "../ask-rule";

const id = "pacing";
const FORTNIGHT = 14;

export const pacing: AskRule = {
  id,
  meta: {
    description: "No new ask while one is open with the same person; at most one ask a fortnight to a non-close tie.",
    severity: "error",
    docs: docsUrl(id),
  },
  check({ contact, context }) {
    const out: AskRuleReport[] = [];
    const open = context.openAsks.find((a) => a.contactId === contact.id);
    if (open) {
      out.push({
        severity: "error",
        message: `You already asked ${personWords(contact.name).object} for ${open.kind === "questions" ? "answers to questions" : `a ${open.kind}`} on ${open.since}; wait for that answer first.`,
      });
    }
    if (contact.tie !== "close") {
      let last: string | undefined;
      for (const i of context.interactions) {
        if (i.contactId === contact.id && i.type === "sent" && i.date <= context.today && (!last || i.date > last))
          last = i.date;
      }
      if (last !== undefined) {
        const days = daysBetween(last, context.today);
        if (days < FORTNIGHT) {
          out.push({
            severity: "warning",
            message: `You last asked ${personWords(contact.name).object} something ${days === 0 ? "today" : `${days} day${days === 1 ? "" : "s"} ago`}; leave a fortnight between asks.`,
          });
        }
      }
    }
    return out;
  },
};
