import { docsUrl, personWords, withArticle, type AskRule, type AskRuleReport } from "../ask-rule";
import { isOpenEnded, namesPerson } from "../ask-text";
import { tieRank } from "../../schemas/tie-order";

const id = "proportionate";
const FORMAT_WORDS = {
  "in-person": "Meeting in person",
  call: "A call",
  video: "A video call",
  async: "An answer by message",
} as const;
const FORMAT_NAMES = {
  "in-person": "meeting in person",
  call: "a call",
  video: "a video call",
  async: "a message",
} as const;
/** Up to half again the allowed time is a stretch; beyond that the ask is out of proportion. */
const STRETCH_FACTOR = 1.5;

export const proportionate: AskRule = {
  id,
  meta: {
    description: "The ask's cost (time, travel, format, reputation) fits what this relationship allows now.",
    severity: "error",
    docs: docsUrl(id),
  },
  check({ ask, contact, cost }) {
    const { allowance } = cost;
    const who = withArticle(allowance.tie);
    const them = personWords(contact.name);
    const out: AskRuleReport[] = [];

    // An ask that does not say what it is cannot be sized: a cold contact hears "help me", which has no end.
    // A stated size bounds it even when the wording is loose: "pick your brain with two quick questions".
    if (
      tieRank(allowance.tie) > tieRank("friend") &&
      ask.minutes === undefined &&
      ask.questions === undefined &&
      isOpenEnded(ask)
    ) {
      out.push({
        severity: "warning",
        messageId: "openEnded",
        message: `An open-ended request is too much for ${who}: they cannot tell what they would be agreeing to.`,
      });
    }
    if (cost.minutes > allowance.minutes) {
      out.push({
        severity: cost.minutes <= allowance.minutes * STRETCH_FACTOR ? "warning" : "error",
        messageId: "time",
        message: `${cost.minutes} minutes of ${them.possessive} time is more than ${who} can be asked for (${allowance.minutes} minutes).`,
      });
    }
    if (cost.travelMinutes > allowance.travelMinutes) {
      out.push({
        severity: "error",
        messageId: "travel",
        message:
          allowance.travelMinutes === 0
            ? `Asking ${who} to travel is too much; offer a call or go to them.`
            : `${cost.travelMinutes} minutes of travel is more than ${who} can be asked for (${allowance.travelMinutes}).`,
      });
    }
    if (!allowance.formats.includes(cost.format)) {
      const stretch =
        allowance.stretchFormats.includes(cost.format) && cost.minutes <= allowance.minutes * STRETCH_FACTOR;
      out.push({
        severity: stretch ? "warning" : "error",
        messageId: "format",
        message: stretch
          ? `A ${cost.format === "video" ? "video call" : "call"} is a stretch for ${who}; an answer by message is easier to grant.`
          : `${FORMAT_WORDS[cost.format]} is too much for ${who}; keep it to ${allowance.formats.map((f) => FORMAT_NAMES[f]).join(" or ")}.`,
      });
    }
    if (ask.kind === "resume-review" && allowance.tie === "stranger") {
      out.push({
        severity: "error",
        messageId: "review",
        message: "A résumé review is a real favour; a stranger owes you none.",
      });
    }
    out.push(...reputationReports(ask.kind, ask.specifics, cost.reputation, allowance, who));
    return out;
  },
};

function reputationReports(
  kind: string,
  specifics: string,
  reputation: string,
  allowance: { reputation: string; introductionNeedsName: boolean; tie: string },
  who: string,
): AskRuleReport[] {
  if (reputation === "none") return [];
  if (kind === "job" && allowance.tie !== "close") {
    return [
      {
        severity: allowance.tie === "friend" ? "warning" : "error",
        messageId: "job",
        message: `Asking ${who} for a job puts them on the spot; ask what the team looks for, or for a referral once they know your work.`,
      },
    ];
  }
  if (allowance.reputation === "referral") return [];
  if (allowance.reputation === "introduction" && reputation === "introduction") {
    if (!allowance.introductionNeedsName || namesPerson(specifics)) return [];
    return [
      {
        severity: "warning",
        messageId: "unnamedIntroduction",
        message: `An introduction from ${who} is only fair when you name the person.`,
      },
    ];
  }
  return [
    {
      severity: "error",
      messageId: "reputation",
      message: `Asking ${who} for ${kind === "introduction" ? "an introduction" : `a ${kind}`} puts their name on the line; they cannot vouch for you yet.`,
    },
  ];
}
