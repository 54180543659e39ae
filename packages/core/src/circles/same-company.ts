import { foldAccents } from "../text/fold-accents";

/** Legal forms and joining words: "Acme, Inc." and "ACME" are the same company. */
const DROPPED = new Set(
  "the a an of and at for inc incorporated llc llp lp ltd limited corp corporation co company plc gmbh ag sa sas sarl srl spa bv nv pty pte pvt oy ab kk".split(
    " ",
  ),
);

/**
 * Words so common in company names that they cannot tell two companies apart: a name made only of these
 * ("High School", "Global Services Group", "Self-employed") never matches another.
 */
const GENERIC = new Set(
  [
    "school schools high middle elementary primary secondary junior senior academy college university institute district unified public charter",
    "county city state national federal regional community department ministry government council board",
    "group holding holdings international global worldwide services service solutions systems technologies technology tech software digital",
    "labs lab partners associates consulting consultants consultancy agency foundation trust association society",
    "hospital health healthcare medical center centre clinic care bank financial finance capital investments ventures",
    "industries enterprise enterprises management media marketing network networks studio studios office",
    "north south east west new first united general american america usa us uk europe european",
    "self employed freelance freelancer freelancing independent contractor consultant retired stealth startup unemployed confidential various none na private",
  ]
    .join(" ")
    .split(" "),
);

/** Abbreviations people type for the words above: "Lincoln HS" is Lincoln High School. */
const ABBREVIATIONS: Record<string, readonly string[]> = {
  hs: ["high", "school"],
  ms: ["middle", "school"],
  ps: ["public", "school"],
  univ: ["university"],
  intl: ["international"],
  natl: ["national"],
  dept: ["department"],
};

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const isWordChar = (ch: string): boolean => {
  const c = ch.charCodeAt(0);
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c > 127 && LETTER_OR_DIGIT.test(ch));
};
/** Punctuation that joins the letters around it into one word: "AT&T", "Macy's", "J.P.". */
const isJoiner = (ch: string): boolean => ch === "." || ch === "'" || ch === "’" || ch === "&";

function addWord(out: string[], word: string): void {
  if (!word || DROPPED.has(word)) return;
  const spelled = ABBREVIATIONS[word];
  if (spelled) out.push(...spelled);
  else out.push(word);
}

/**
 * The words of a company's name that say which company it is: folded (case, accents), legal forms and
 * joining words left out, abbreviations spelled out. "The Lincoln H.S." → ["lincoln", "high", "school"].
 */
export function companyWords(name: string): string[] {
  // A loop rather than regular expressions: an import or a plan reads tens of thousands of company names.
  const folded = foldAccents(name);
  const out: string[] = [];
  let word = "";
  for (let i = 0; i < folded.length; i++) {
    const ch = folded[i] as string;
    if (isWordChar(ch)) {
      word += ch;
      continue;
    }
    if (word && isJoiner(ch)) {
      let j = i + 1;
      while (j < folded.length && isJoiner(folded[j] as string)) j++;
      if (j < folded.length && isWordChar(folded[j] as string)) {
        i = j - 1;
        continue;
      }
    }
    addWord(out, word);
    word = "";
  }
  addWord(out, word);
  return out;
}

/** True when the words name some company in particular, not only a kind of one. */
export const isDistinctive = (words: readonly string[]): boolean => words.some((w) => !GENERIC.has(w));

/** True when `whole`, run together, is the start of `words` run together, ending at a word's end. */
function startsWith(words: readonly string[], whole: string): boolean {
  let joined = "";
  for (const w of words) {
    joined += w;
    if (joined === whole) return true;
    if (joined.length >= whole.length || !whole.startsWith(joined)) return false;
  }
  return false;
}

/**
 * Whether two lists of company words (companyWords) name the same company: one is the start of the other
 * ("Lincoln High" and "Lincoln High School", "Google" and "Google Cloud"), spaces aside ("CocaCola",
 * "Coca-Cola"), and both name a company in particular.
 */
export function sameCompanyWords(a: readonly string[], b: readonly string[]): boolean {
  if (!isDistinctive(a) || !isDistinctive(b)) return false;
  return startsWith(b, a.join("")) || startsWith(a, b.join(""));
}

/**
 * Whether two company names, as people type them, name the same company: "Lincoln High School" and
 * "Lincoln High", "Acme, Inc." and "ACME Inc", "Café Olé" and "Cafe Ole", "The Lincoln School" and
 * "Lincoln School". Generic words alone never make two companies equal ("School" and "School", "Acme
 * Group" and "Beta Group"), and two names that part ways ("Lincoln High School", "Lincoln Elementary
 * School") are two companies. A name that begins with the other ("Google", "Google Cloud") is taken for the
 * same employer: a division, a campus — discretion errs on the side of caution.
 */
export function sameCompany(a: string, b: string): boolean {
  return sameCompanyWords(companyWords(a), companyWords(b));
}
