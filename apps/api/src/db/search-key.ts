import { foldAccents } from "@enlist/core";

/** Letters that Unicode does not decompose into a base letter and an accent, spelled as people type them. */
const PLAIN: Record<string, string> = { ø: "o", æ: "ae", œ: "oe", ß: "ss", ł: "l", đ: "d", ð: "d", þ: "th", ı: "i" };

/**
 * How contacts are matched by a search: lower case, without accents, so that "nunez" finds Núñez,
 * "sorensen" finds Sørensen and "JOSE" finds José. The stored search text and the query both go through it.
 */
export const searchKey = (text: string): string =>
  foldAccents(text)
    // Marks outside the common accents (other scripts' vowel signs, for instance) go too.
    .replace(/\p{M}+/gu, "")
    .replace(/[øæœßłđðþı]/g, (c) => PLAIN[c] ?? c);

/** The fields a contact is found by. */
export const contactSearchText = (c: { name: string; company?: string | undefined; role?: string | undefined; email?: string | undefined; field?: string | undefined }) =>
  searchKey([c.name, c.company, c.role, c.email, c.field].filter(Boolean).join(" "));
