import { z } from "zod";
import { AskKind } from "./ask";
import { Interaction } from "./interaction";
import { IsoDate } from "./iso-date";
import { Pivot } from "./pivot";
import { RuleSetting } from "./rule-setting";
import { Tie } from "./tie";

export const OpenAsk = z.object({
  contactId: z.string().min(1),
  kind: AskKind,
  since: IsoDate,
});
export type OpenAsk = z.infer<typeof OpenAsk>;

export const AllowanceOverride = z.object({
  minutes: z.number().min(0).optional(),
  travelMinutes: z.number().min(0).optional(),
});

export const AskContext = z.object({
  today: IsoDate,
  pivot: Pivot.optional(),
  /** The history with this contact; interactions with other contacts are ignored. */
  interactions: z.array(Interaction).default([]),
  /** Asks still waiting for an answer. */
  openAsks: z.array(OpenAsk).default([]),
  /** Kinds of ask this contact already granted, to climb the ladder. */
  grantedAsks: z.array(AskKind).default([]),
  /** Per-rule setting: "off", or the severity every finding of that rule gets. */
  rules: z.record(z.string(), RuleSetting).default({}),
  /** Changes to the default allowances, per tie. */
  allowances: z.partialRecord(Tie, AllowanceOverride).default({}),
});
export type AskContext = z.infer<typeof AskContext>;
export type AskContextInput = z.input<typeof AskContext>;
