import { foldAccents } from "../text/fold-accents";

/**
 * Spellings of one thing, written the way people type titles, replaced before words are cut: "Human
 * Resources" and "HR", "User Experience" and "UX", "Co-founder" and "cofounder" are each one word to match.
 */
const SPELLINGS: readonly [RegExp, string][] = [
  [/\bhuman resources?\b/g, " hr "],
  [/\buser experience\b/g, " ux "],
  [/\bbusiness intelligence\b/g, " bi "],
  [/\bvice[- ]president\b/g, " vp "],
  [/\bco-?founder\b/g, " cofounder "],
  [/\bfull[- ]stack\b/g, " fullstack "],
  [/\bback[- ]end\b/g, " backend "],
  [/\bfront[- ]end\b/g, " frontend "],
  [/\bk-12\b/g, " k12 "],
  [/\be-learning\b/g, " elearning "],
  [/\bmed[- ]surg\b/g, " medsurg "],
  [/\buxr\b/g, " ux research "],
  [/\bswe\b/g, " software engineer "],
  [/\bmeche\b/g, " mechanical engineer "],
  [/\bops\b/g, " operations "],
  [/\bsr\b\.?/g, " senior "],
  [/\bjr\b\.?/g, " junior "],
];

/** Words that join the words of a title without saying anything of the field. */
const JOINERS = new Set("a an and the of in at for on with de du la le by".split(" "));

const SUFFIX = /(?:ings|ing|ments|ment|ers|er|ors|or|ists|ist|isms|ism|ies|es|s|e)$/;

/**
 * A crude stem, cut again while it stays four letters or more: "engineer" and "engineering", "teacher"
 * and "teaching", "nurse" and "nursing" meet. No "-y" cut: "policy" must not meet "police".
 */
export function stem(word: string): string {
  let w = word;
  for (;;) {
    const cut = w.replace(SUFFIX, "");
    if (cut === w || cut.length < 4) return w;
    w = cut;
  }
}

/** The stemmed words of a text, in order, joining words left out: "Head of UX Research" → ["head", "ux", "research"]. */
export function words(text: string | undefined): string[] {
  if (!text) return [];
  let folded = ` ${foldAccents(text)} `;
  for (const [pattern, spelling] of SPELLINGS) folded = folded.replace(pattern, spelling);
  const out: string[] = [];
  for (const w of folded.match(/[a-z0-9+#]+/g) ?? []) if (!JOINERS.has(w)) out.push(stem(w));
  return out;
}

/** True when `phrase` (stemmed words) appears in `text` (stemmed words), word after word. */
export function hasPhrase(text: readonly string[], phrase: readonly string[]): boolean {
  if (phrase.length === 0) return false;
  outer: for (let i = 0; i + phrase.length <= text.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (text[i + j] !== phrase[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * The orders a title's words can be read in. A comma often puts the department after the rank ("Director,
 * UX Research", "Research Lead, Design"); read the other way round it is "Design Research Lead".
 */
export function readings(text: string): string[][] {
  const parts = text.split(",");
  const whole = words(text);
  if (parts.length < 2) return [whole];
  const out = [whole];
  for (let i = 1; i < parts.length; i++) out.push(words([...parts.slice(i), ...parts.slice(0, i)].join(" ")));
  return out;
}
