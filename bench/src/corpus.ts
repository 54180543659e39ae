// The labelled corpus of outreach messages (corpus/messages.jsonl), and the lint context each message is
// sent in. Written and labelled apart from the rules (see docs/judgment.md), so it measures them.
import { readFileSync } from "node:fs";
import type { LintContext } from "@enlist/core";

export const LABELS = [
  "specific_ask",
  "proportionate",
  "compliment_specific",
  "brief",
  "urgency_pressure",
  "asks_for_job",
] as const;
export type Label = (typeof LABELS)[number];

export interface LabelledMessage {
  id: string;
  channel: "email" | "linkedin-note" | "linkedin-message";
  relationship: "stranger" | "acquaintance" | "former-colleague" | "friend-or-family" | "alumni";
  circle: "backers" | "leaders" | "pathfinders";
  recipient: string;
  subject?: string;
  text: string;
  labels: Partial<Record<Label, boolean>>;
  note?: string;
}

/**
 * How a relationship is given to the linter. Acquaintances met once or twice and fellow alumni are weak ties
 * (the design's "shared school, met once"); former colleagues, friends and family are friends.
 */
export const TIE_OF = {
  stranger: "stranger",
  acquaintance: "weak",
  alumni: "weak",
  "former-colleague": "friend",
  "friend-or-family": "friend",
} as const satisfies Record<LabelledMessage["relationship"], LintContext["tie"]>;

export function contextOf(m: LabelledMessage): LintContext {
  const context: LintContext = {
    channel: m.channel,
    circle: m.circle,
    tie: TIE_OF[m.relationship],
    recipientName: m.recipient,
  };
  return m.subject === undefined ? context : { ...context, subject: m.subject };
}

export function readCorpus(file = new URL("../corpus/messages.jsonl", import.meta.url)): LabelledMessage[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as LabelledMessage);
}
