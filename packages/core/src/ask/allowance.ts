import type { AskFormat } from "../schemas/ask";
import type { AskContext } from "../schemas/ask-context";
import type { Allowance } from "../schemas/ask-verdict";
import type { Interaction } from "../schemas/interaction";
import type { Tie } from "../schemas/tie";
import { strengthenTie } from "../schemas/tie-order";

const REMOTE: AskFormat[] = ["async", "call", "video"];
const ANY: AskFormat[] = ["async", "call", "video", "in-person"];

/** The design's table of what each tie can be asked before any rapport. */
export const DEFAULT_ALLOWANCES: Record<Tie, Omit<Allowance, "tie">> = {
  close: {
    minutes: 120,
    travelMinutes: 60,
    formats: ANY,
    stretchFormats: [],
    reputation: "referral",
    introductionNeedsName: false,
  },
  friend: {
    minutes: 60,
    travelMinutes: 30,
    formats: ANY,
    stretchFormats: [],
    reputation: "referral",
    introductionNeedsName: false,
  },
  acquaintance: {
    minutes: 30,
    travelMinutes: 0,
    formats: REMOTE,
    stretchFormats: [],
    reputation: "introduction",
    introductionNeedsName: true,
  },
  weak: {
    minutes: 20,
    travelMinutes: 0,
    formats: REMOTE,
    stretchFormats: [],
    reputation: "none",
    introductionNeedsName: true,
  },
  stranger: {
    minutes: 15,
    travelMinutes: 0,
    formats: ["async"],
    stretchFormats: ["call", "video"],
    reputation: "none",
    introductionNeedsName: true,
  },
};

const WARM = new Set<Interaction["type"]>(["replied", "met", "helped"]);

/** Positive interactions with this contact: each one is rapport that raises the allowance a row. */
export function countRapport(contactId: string, interactions: readonly Interaction[]): number {
  let n = 0;
  for (const i of interactions) if (i.contactId === contactId && WARM.has(i.type)) n++;
  return n;
}

/** The default allowance of each tie, built once: most asks are judged with no overrides. */
const DEFAULTS = Object.fromEntries(
  Object.entries(DEFAULT_ALLOWANCES).map(([tie, a]) => [tie, { ...a, tie }]),
) as Record<Tie, Allowance>;

export function allowanceFor(tie: Tie, rapport: number, overrides: AskContext["allowances"]): Allowance {
  const effective = strengthenTie(tie, rapport);
  const base = DEFAULT_ALLOWANCES[effective];
  const override = overrides[effective];
  if (!override) return DEFAULTS[effective];
  return {
    ...base,
    tie: effective,
    minutes: override.minutes ?? base.minutes,
    travelMinutes: override.travelMinutes ?? base.travelMinutes,
  };
}
