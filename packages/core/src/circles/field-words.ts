import { foldAccents } from "../text/fold-accents";

/**
 * Spellings of one thing, written the way people type titles, replaced before words are cut: "Human
 * Resources" and "HR", "User Experience" and "UX", "Co-founder" and "cofounder" are each one word to match.
 * One pattern and a table, not one pattern each: an import reads tens of thousands of titles.
 */
const SPELLING =
  /\b(?:human resources?|user experience|business intelligence|vice[- ]president|co-?founder|full[- ]stack|back[- ]end|front[- ]end|k-12|e-learning|med[- ]surg|uxr|swe|sde|meche|ops|sr|jr)\b\.?/g;
const SPELLINGS: Readonly<Record<string, string>> = {
  humanresources: "hr",
  humanresource: "hr",
  userexperience: "ux",
  businessintelligence: "bi",
  vicepresident: "vp",
  cofounder: "cofounder",
  fullstack: "fullstack",
  backend: "backend",
  frontend: "frontend",
  k12: "k12",
  elearning: "elearning",
  medsurg: "medsurg",
  uxr: "ux research",
  swe: "software engineer",
  sde: "software engineer",
  meche: "mechanical engineer",
  ops: "operations",
  sr: "senior",
  jr: "junior",
};
const respell = (m: string): string => ` ${SPELLINGS[m.replace(/[-\s.]/g, "")] ?? m} `;

/** Words that join the words of a title without saying anything of the field. */
const JOINERS = new Set("a an and the of in at for on with de du la le by".split(" "));

/** Plurals and verb forms first ("engineering", "teachers"), then the doer ("engineer", "teacher"). */
const INFLECTION = /(?:ings|ing|ments|ment|es|s)$/;
const DOER = /(?:ers|er|ors|or|ists|ist|isms|ism|e)$/;

const stems = new Map<string, string>();

const cut = (word: string, suffix: RegExp): string => {
  const c = word.replace(suffix, "");
  return c.length >= 4 ? c : word;
};

/**
 * A crude stem, so "engineer" and "engineering", "teacher" and "teaching", "nurse" and "nursing" meet. Each
 * kind of ending is cut once, so unrelated words keep apart ("process" and "Procore"); no "-y" cut, so
 * "policy" does not meet "police".
 */
export function stem(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    s = cut(cut(word, INFLECTION), DOER);
    // Titles use a few thousand words; the bound only keeps a stream of nonsense from growing the map.
    if (stems.size > 50_000) stems.clear();
    stems.set(word, s);
  }
  return s;
}

/** The stemmed words of a text, in order, joining words left out: "Head of UX Research" → ["head", "ux", "research"]. */
export function words(text: string | undefined): string[] {
  if (!text) return [];
  const folded = foldAccents(text).replace(SPELLING, respell);
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
