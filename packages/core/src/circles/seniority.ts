import { words } from "./field-words";

/** How far along someone is, by their title. */
export type Seniority = "senior" | "junior" | "unknown";

const stems = (list: string): Set<string> => new Set(words(list));

const RANKS = stems(
  "head director vp svp evp avp chief founder cofounder principal staff lead leader senior president distinguished fellow ceo cto cpo cdo chro cio coo cmo cfo cso cro cco",
);
/** Ranks only when they are not the job's own name: an "Analytics Manager" manages; a "Product Manager" is one. */
const RANKS_UNLESS_NAMED = stems("manager partner owner");
/**
 * Still learning: these outweigh any rank ("Lead Intern"). Read as written, not stemmed: a trainee is
 * learning, a trainer is not.
 */
const LEARNING = /\b(?:interns?|internship|students?|trainees?|apprentices?|candidates?)\b/i;
/** Early grades, outweighed by a rank ("Associate Director", "Assistant Vice President"). */
const EARLY = stems("junior associate assistant coordinator graduate grad entry");

/**
 * How senior a title is. `named` are the words that named the field in it, which are no rank there: in
 * "Product Manager" the manager is the job, in "Analytics Manager" a rank.
 */
export function seniorityOf(title: string, named: ReadonlySet<string> = new Set()): Seniority {
  if (LEARNING.test(title)) return "junior";
  const w = words(title);
  const managerIsRank = w.some((x) => RANKS_UNLESS_NAMED.has(x) && !named.has(x));
  // "Group Product Manager" leads product managers.
  const group = w.includes("group") && w.some((x) => RANKS_UNLESS_NAMED.has(x));
  if (managerIsRank || group || w.some((x) => RANKS.has(x))) return "senior";
  if (w.some((x) => EARLY.has(x))) return "junior";
  return "unknown";
}

/** True when a part of a headline says they are still learning: "HCI Student", "MBA Candidate". */
export const isLearning = (part: string): boolean => LEARNING.test(part);

const RECOGNITION = stems("author speaker keynote mvp professor creator evangelist podcaster");

/** True when a part of a headline says others learn from them: "Speaker", "Author of …", "Microsoft MVP". */
export const isRecognition = (part: string): boolean => words(part).some((w) => RECOGNITION.has(w));
