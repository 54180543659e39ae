import { z } from "zod";

import { TIES } from "./enum-values";

export { TIES };
export const Tie = z.enum(TIES);
export type Tie = z.infer<typeof Tie>;

export { strengthenTie, tieRank } from "./tie-order";
