import { companyWords, isDistinctive, sameCompanyWords } from "./same-company";

/** Whether a contact is a current colleague by their company, and why, in plain words. */
export interface EmployerMatch {
  readonly colleague: boolean;
  readonly reason: string;
}

// Answers are shared between calls (and cached), so none can be changed by a caller.
const NO_EMPLOYER: EmployerMatch = Object.freeze({ colleague: false, reason: "Your pivot names no current employer." });
const NO_COMPANY: EmployerMatch = Object.freeze({ colleague: false, reason: "No company is known for them." });

const text = (value: unknown): string => (typeof value === "string" ? value.trim() : "");
/** Company spellings a matcher remembers; a long-lived one starts over past this, so memory stays flat. */
const REMEMBERED = 50_000;

/**
 * A matcher for one employer, for callers that test many contacts (an import, the planner): the
 * employer's name is read once, and each company spelling once.
 */
export function employerMatcher(currentEmployer: string | undefined): (company: string | undefined) => EmployerMatch {
  const employer = text(currentEmployer);
  if (!employer) return () => NO_EMPLOYER;
  const words = companyWords(employer);
  if (!isDistinctive(words)) {
    const generic: EmployerMatch = Object.freeze({
      colleague: false,
      reason: `"${employer}" is too general a name to tell your colleagues by; mark them yourself.`,
    });
    return () => generic;
  }
  const key = words.join(" ");
  const seen = new Map<string, EmployerMatch>();
  return (company) => {
    const name = text(company);
    if (!name) return NO_COMPANY;
    let match = seen.get(name);
    if (match === undefined) {
      const theirs = companyWords(name);
      match = Object.freeze(
        sameCompanyWords(words, theirs)
          ? // Their spelling first, since it is what the user sees on the contact; the employer's when it differs.
            {
              colleague: true,
              reason: `Works at ${name}, your current employer${theirs.join(" ") === key ? "" : ` (${employer})`}.`,
            }
          : { colleague: false, reason: `Works at ${name}, not at ${employer}.` },
      );
      if (seen.size >= REMEMBERED) seen.clear();
      seen.set(name, match);
    }
    return match;
  };
}

let last: { employer: string; match: (company: string | undefined) => EmployerMatch } | undefined;

/**
 * Whether a contact is a current colleague, from the pivot's `currentEmployer` and the contact's
 * `company`, however the two are spelled (sameCompany): "Works at Lincoln High School, your current
 * employer." It says nothing of a contact's own `currentColleague` flag, which the user sets.
 */
export function matchCurrentEmployer(
  pivot: { currentEmployer?: string | undefined },
  contact: { company?: string | undefined },
): EmployerMatch {
  // Callers test contact after contact against one pivot (an import of 30,000 rows): the last employer's
  // matcher is kept, so its name is read once and each company spelling once.
  const employer = text(pivot.currentEmployer);
  if (last?.employer !== employer) last = { employer, match: employerMatcher(employer) };
  return last.match(contact.company);
}
