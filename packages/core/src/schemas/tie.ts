import { z } from "zod";

import { TIES } from "./enum-values";

export { TIES };
export const Tie = z.enum(TIES);
export type Tie = z.infer<typeof Tie>;

export const tieRank = (tie: Tie): number => TIES.indexOf(tie);

/** Moves a tie `steps` rows stronger, never past `ceiling`, and never weakens one already above it. */
export function strengthenTie(tie: Tie, steps: number, ceiling: Tie = "friend"): Tie {
  const rank = tieRank(tie);
  const limit = tieRank(ceiling);
  if (rank <= limit) return tie;
  return TIES[Math.max(limit, rank - Math.max(0, steps))] as Tie;
}
