import { foldAccents } from "@enlist/core";

/** Keys that say two records are the same person: e-mail, then LinkedIn profile, then name. */
export const emailKey = (email: string | undefined): string | null => (email ? email.trim().toLowerCase() : null);

/** "https://www.linkedin.com/in/Ana-Ruiz/?trk=x" and "linkedin.com/in/ana-ruiz" are the same profile. */
export function linkedInKey(url: string | undefined): string | null {
  if (!url) return null;
  const m = /linkedin\.com\/(in|pub)\/([^/?#\s]+)/i.exec(url);
  if (!m) return null;
  try {
    return `${(m[1] as string).toLowerCase()}/${decodeURIComponent(m[2] as string).toLowerCase()}`;
  } catch {
    return `${(m[1] as string).toLowerCase()}/${(m[2] as string).toLowerCase()}`;
  }
}

/** Lower case, no accents, no pronouns in brackets, no punctuation: "Maya (she/her) Patel" → "maya patel". */
export function nameKey(name: string | undefined): string | null {
  if (!name) return null;
  const key = foldAccents(name)
    .replace(/\([^)]*\)/g, " ")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
  return key || null;
}
