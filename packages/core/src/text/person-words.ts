// How core names a person in a sentence: by name, or as "they" when the name is not known.
/** How a rule names the recipient: by name, or as "they" when the name is unknown ("", "them"). */
export interface PersonWords {
  /** "Sarah Chen" / "they", as the subject of a sentence's middle. */
  subject: string;
  /** "Sarah Chen" / "They", opening a sentence. */
  Subject: string;
  /** "Sarah Chen" / "them". */
  object: string;
  /** "Sarah Chen's" / "their". */
  possessive: string;
  /** "has" / "have", agreeing with the subject. */
  has: string;
  /** The subject is "they": verbs take no "s" ("they know", "Sarah knows"). */
  plural: boolean;
}

const UNNAMED = new Set(["", "them", "they", "someone", "recipient", "contact", "draft"]);

export function personWords(name: string): PersonWords {
  const n = name.trim();
  if (UNNAMED.has(n.toLowerCase()))
    return { subject: "they", Subject: "They", object: "them", possessive: "their", has: "have", plural: true };
  return { subject: n, Subject: n, object: n, possessive: `${n}'s`, has: "has", plural: false };
}

/** A verb agreeing with the subject: verb(p, "knows", "know"). */
export const verb = (p: PersonWords, singular: string, plural: string): string => (p.plural ? plural : singular);
