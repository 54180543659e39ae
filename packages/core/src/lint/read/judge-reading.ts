import type { AskRule } from "../../ask/ask-rule";
import { evaluateWith } from "../../ask/evaluate-ask";
import { rightSizeWith } from "../../ask/right-size";
import { bounded } from "../../ask/rules/bounded";
import { discretion } from "../../ask/rules/discretion";
import { ladder } from "../../ask/rules/ladder";
import { proportionate } from "../../ask/rules/proportionate";
import { specific } from "../../ask/rules/specific";
import type { Ask } from "../../schemas/ask";
import type { AskContext } from "../../schemas/ask-context";
import type { AskLevel } from "../../schemas/ask-verdict";
import type { Contact } from "../../schemas/contact";
import type { Finding } from "../../schemas/finding";
import type { LintContext } from "../lint-context";
import type { AskReading } from "./read-asks";

/** An ask read from a message with `checkAsk`'s verdict on it: the same rules, the same allowances. */
export interface JudgedAsk {
  reading: AskReading;
  /** `checkAsk`'s level for this ask and tie; null when the message's tie is not given. */
  level: AskLevel | null;
  /** `checkAsk`'s findings, with which finding of its rule each is. */
  findings: (Finding & { messageId?: string })[];
  /** The largest ask that fits, keeping the topic — worked out only when asked for. */
  rightSized(): Ask | null;
}

/**
 * checkAsk's rules that judge an ask by itself. The others need what a message does not carry (a deadline
 * date, open asks, the pivot): the linter's no-urgency and discretion rules read those from the text.
 */
export const MESSAGE_ASK_RULES: readonly AskRule[] = [specific, proportionate, bounded, ladder];
/** To a current colleague while still employed, checkAsk's discretion applies to what is asked too. */
const COLLEAGUE_ASK_RULES: readonly AskRule[] = [...MESSAGE_ASK_RULES, discretion];
const STILL_EMPLOYED: AskContext = {
  ...FIRST_ASK_BASE(),
  pivot: { fromField: "", toField: "", targetRoles: [], stillEmployed: true, weeklyMinutes: 0 },
};

function FIRST_ASK_BASE(): AskContext {
  return { today: "2000-01-03", interactions: [], openAsks: [], grantedAsks: [], rules: {}, allowances: {} };
}

// A message carries no history: the ask is judged as a first one, on no particular day.
const FIRST_ASK: AskContext = FIRST_ASK_BASE();

export function judgeReading(reading: AskReading, context: LintContext): JudgedAsk {
  const ask = reading.ask;
  if (!ask) return { reading, level: null, findings: [], rightSized: () => null };
  // Without a tie the ask's size cannot be judged, but whether it says what it wants still can.
  const contact: Contact = {
    id: "recipient",
    name: context.recipientName?.trim() || "them",
    circle: context.circle ?? "backers",
    tie: context.tie ?? "friend",
  };
  if (context.currentColleague) contact.currentColleague = true;
  const discreet = context.currentColleague === true && context.stillEmployed === true;
  const rules = discreet ? COLLEAGUE_ASK_RULES : MESSAGE_ASK_RULES;
  const askContext = discreet ? STILL_EMPLOYED : FIRST_ASK;
  const { findings, messageIds, level } = evaluateWith(rules, ask, contact, askContext);
  // The findings are this evaluation's own, so each takes its messageId in place instead of being copied.
  const marked = findings as JudgedAsk["findings"];
  for (let i = 0; i < marked.length; i++) {
    const messageId = messageIds[i];
    if (messageId) (marked[i] as JudgedAsk["findings"][number]).messageId = messageId;
  }
  let sized: Ask | null | undefined;
  return {
    reading,
    level: context.tie ? level : null,
    findings: marked,
    rightSized: () =>
      sized === undefined
        ? (sized = level === "reasonable" ? null : rightSizeWith(rules, ask, contact, askContext))
        : sized,
  };
}
