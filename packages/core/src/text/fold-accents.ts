/**
 * Lower case without accents, so names and fields match however they are typed: "Núñez" → "nunez",
 * "Diseño" → "diseno". Plain ASCII text is only lower-cased: Unicode normalisation is slow, and ASCII has
 * no accents to strip.
 */
export function foldAccents(text: string): string {
  // Decomposed before lower-casing: "𝘼" and other compatibility letters only become "A" on the way.
  return /^[\x00-\x7f]*$/.test(text) ? text.toLowerCase() : text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
}
