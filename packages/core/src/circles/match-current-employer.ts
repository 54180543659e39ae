import { companyWords, isDistinctive, sameCompanyWords } from "./same-company";

/** Whether a contact is a current colleague by their company, and why, in plain words. */
export interface EmployerMatch {
  colleague: boolean;
  reason: string;
}

const NO_EMPLOYER: EmployerMatch = { colleague: false, reason: "Your pivot names no current employer." };
const NO_COMPANY: EmployerMatch = { colleague: false, reason: "No company is known for them." };

const text = (value: unknown): string => (typeof value === "string" ? value.trim() : "");

/**
 * A matcher for one employer, for callers that test many contacts (an import, the planner): the
 * employer's name is read once, and each company spelling once.
 */
export function employerMatcher(currentEmployer: string | undefined): (company: string | undefined) => EmployerMatch {
  const employer = text(currentEmployer);
  if (!employer) return () => NO_EMPLOYER;
  const words = companyWords(employer);
  if (!isDistinctive(words)) {
    const generic: EmployerMatch = { colleague: false, reason: `"${employer}" is too general a name to tell your colleagues by; mark them yourself.` };
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
      match = sameCompanyWords(words, theirs)
        ? // Their spelling first, since it is what the user sees on the contact; the employer's when it differs.
          { colleague: true, reason: `Works at ${name}, your current employer${theirs.join(" ") === key ? "" : ` (${employer})`}.` }
        : { colleague: false, reason: `Works at ${name}, not at ${employer}.` };
      seen.set(name, match);
    }
    return match;
  };
}

/**
 * Whether a contact is a current colleague, from the pivot's `currentEmployer` and the contact's
 * `company`, however the two are spelled (sameCompany): "Works at Lincoln High School, your current
 * employer." It says nothing of a contact's own `currentColleague` flag, which the user sets.
 */
export function matchCurrentEmployer(pivot: { currentEmployer?: string | undefined }, contact: { company?: string | undefined }): EmployerMatch {
  return employerMatcher(pivot.currentEmployer)(contact.company);
}
