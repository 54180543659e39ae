/**
 * Letters Unicode does not decompose into a base letter and an accent, folded as people type them without
 * the accent: "Sørensen" is searched for as "sorensen", "Straße" as "strasse".
 */
export const UNDECOMPOSED_LETTERS: Readonly<Record<string, string>> = {
  ø: "o",
  æ: "ae",
  œ: "oe",
  ß: "ss",
  ł: "l",
  đ: "d",
  ð: "d",
  þ: "th",
  ı: "i",
};
const UNDECOMPOSED = /[øæœßłđðþı]/g;

/**
 * Lower case without accents, so names and fields match however they are typed: "Núñez" → "nunez",
 * "Sørensen" → "sorensen". The one fold for everything that matches people by name — the API's search,
 * import de-duplication, the linter's greeting — so that what one finds, the others find too. Plain ASCII
 * text is only lower-cased: Unicode normalisation is slow, and ASCII has no accents to strip.
 */
export function foldAccents(text: string): string {
  // eslint-disable-next-line no-control-regex -- ASCII is tested by its range, which starts at NUL
  if (/^[\x00-\x7f]*$/.test(text)) return text.toLowerCase();
  // Decomposed before lower-casing: "𝘼" and other compatibility letters only become "A" on the way. Every
  // mark goes, not only the common accents (other scripts' vowel signs, for instance).
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(UNDECOMPOSED, (c) => UNDECOMPOSED_LETTERS[c] ?? c);
}
