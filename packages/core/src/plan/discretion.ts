import { employerMatcher } from "../circles/match-current-employer";
import type { Contact } from "../schemas/contact";
import type { Pivot } from "../schemas/pivot";
import { personWords, verb } from "../text/person-words";

/** How a contact is known to work with the user: at the employer their company names, or by their own flag. */
export type Colleague = { company: string } | { flagged: true };

/**
 * Whether a contact is a current colleague, and how it is known; null when they are not one. Their own flag
 * counts, and so does the pivot's employer matching their company — imported colleagues carry no flag —
 * unless the flag is false: that is the user's word that they are not one.
 */
export function colleagueTest(pivot: Pivot): (contact: Contact) => Colleague | null {
  const atEmployer = employerMatcher(pivot.currentEmployer);
  return (contact) => {
    if (contact.currentColleague === false) return null;
    if (contact.company && atEmployer(contact.company).colleague) return { company: contact.company.trim() };
    return contact.currentColleague ? { flagged: true } : null;
  };
}

/**
 * Whom the plan must keep the move from: while the user is still employed, current colleagues they have
 * not told (not trusted). Returns how each is a colleague (colleagueTest), or null when discretion does not
 * hold them back.
 */
export function discretionFor(pivot: Pivot): (contact: Contact) => Colleague | null {
  if (!pivot.stillEmployed) return () => null;
  const colleague = colleagueTest(pivot);
  return (contact) => (contact.trusted ? null : colleague(contact));
}

/** "Maria Lopez works at Lincoln High, your current employer"; "they work with you now" when the name is unknown. */
export function colleagueClause(name: string, colleague: Colleague, opensSentence = false): string {
  const who = personWords(name);
  const works = `${opensSentence ? who.Subject : who.subject} ${verb(who, "works", "work")}`;
  return "company" in colleague ? `${works} at ${colleague.company}, your current employer` : `${works} with you now`;
}

/** Why a current colleague gets no outreach this week, and how to change that. */
export const heldBackReason = (contact: Contact, colleague: Colleague): string =>
  `${colleagueClause(contact.name, colleague, true)}. While you still work there, the plan keeps your move from them: mark them trusted once you have told them.`;

/**
 * The contact as the ask and message rules should judge them: a colleague the user has told (trusted)
 * knows of the move, so asks and messages to them need not hide it. Others are returned as they are.
 */
export const withTrust = (contact: Contact): Contact =>
  contact.trusted && contact.currentColleague ? { ...contact, currentColleague: false } : contact;
