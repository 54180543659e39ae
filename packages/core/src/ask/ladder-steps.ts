import type { AskKind } from "../schemas/ask";
import type { Tie } from "../schemas/tie";

/** questions → short call → introduction → résumé review / referral: each rung needs the one below. */
export const LADDER_STEP: Record<AskKind, number> = {
  questions: 1,
  feedback: 1,
  advice: 2,
  call: 2,
  coffee: 2,
  meeting: 2,
  introduction: 3,
  "resume-review": 4,
  referral: 4,
  reference: 4,
  shadowing: 4,
  mentorship: 4,
  job: 5,
};

/** The rung a relationship stands on before anything was granted: an acquaintance already knows you. */
export const IMPLICIT_STEP: Partial<Record<Tie, number>> = { acquaintance: 2, weak: 1, stranger: 0 };
