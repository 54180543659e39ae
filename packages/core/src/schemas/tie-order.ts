// The order of ties, without zod: the linter judges asks with it in a browser bundle that has no zod.
import { TIES } from "./enum-values";

type Tie = (typeof TIES)[number];

export const tieRank = (tie: Tie): number => TIES.indexOf(tie);

/** Moves a tie `steps` rows stronger, never past `ceiling`, and never weakens one already above it. */
export function strengthenTie(tie: Tie, steps: number, ceiling: Tie = "friend"): Tie {
  const rank = tieRank(tie);
  const limit = tieRank(ceiling);
  if (rank <= limit) return tie;
  return TIES[Math.max(limit, rank - Math.max(0, steps))] as Tie;
}
