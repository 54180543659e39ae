import { FIELD_THESAURUS, type FieldEntry } from "./field-thesaurus";
import { hasPhrase, readings, words } from "./field-words";

/** What in a title said it is in the field: the words of the phrase that matched, which are not a rank there. */
export interface FieldHit {
  words: ReadonlySet<string>;
}

/** Says whether a title (one part of a headline) is in a field, and by which words. */
export type FieldMatcher = (title: string) => FieldHit | undefined;

interface Compiled {
  terms: string[][];
  departments: string[][];
  not: string[][];
}

const compile = (e: FieldEntry): Compiled => ({
  terms: e.terms.map(words),
  departments: (e.departments ?? []).map(words),
  not: (e.not ?? []).map(words),
});

const ENTRIES: readonly Compiled[] = FIELD_THESAURUS.map(compile);

/** Ranks that make a department a field: "Head of Product", "VP, Data & Analytics", "Engineering Director". */
const RANKS = new Set(words("head vp svp evp avp chief director lead leader manager officer"));

/** Ranks and grades left out of a pivot's own words: "Legislative Director" is the field "legislative". */
const GRADES = new Set(words("senior junior lead head chief principal staff director vp associate assistant i ii iii"));

function hitIn(entry: Compiled, title: string[][]): FieldHit | undefined {
  const whole = title[0] ?? [];
  if (entry.not.some((n) => hasPhrase(whole, n))) return undefined;
  for (const reading of title) {
    for (const term of entry.terms) if (hasPhrase(reading, term)) return { words: new Set(term) };
  }
  if (entry.departments.length > 0 && whole.some((w) => RANKS.has(w))) {
    for (const dept of entry.departments) if (hasPhrase(whole, dept)) return { words: new Set(dept) };
  }
  return undefined;
}

/** Words of a role that say what kind of post it is, not which field: the field is the word before them. */
const POSTS = new Set(words("manager partner generalist specialist analyst advisor adviser consultant officer coordinator owner professional expert"));

/** The word a field's name turns on: "policy" in "Policy Analyst", "product" in "Clinical Product Manager". */
function headWord(name: string): string | undefined {
  const w = words(name).filter((x) => !GRADES.has(x));
  for (let i = w.length - 1; i >= 0; i--) if (!POSTS.has(w[i] as string)) return w[i];
  return w[w.length - 1];
}

/** The parts of a field as people name it: "HR / People Operations" is "HR" and "People Operations". */
const parts = (field: string): string[] => field.split(/\s*(?:\/|&|\+|,|\bor\b|\band\b)\s*/i).filter((p) => p.trim() !== "");

/**
 * A matcher for the field named by `names` (a pivot's toField and target roles, or its fromField): the
 * thesaurus entries they name, with all their ways of saying it, and the names' own words for a field the
 * thesaurus does not know.
 */
export function fieldMatcher(names: readonly string[]): FieldMatcher {
  const split = names.flatMap(parts);
  // An entry is taken when it names the head of a name: "Clinical Product Manager" is product management,
  // not clinical work.
  const entries = ENTRIES.filter((e) =>
    split.some((name) => {
      const head = headWord(name);
      if (head === undefined) return false;
      const title = readings(name);
      if (e.not.some((n) => hasPhrase(title[0] ?? [], n))) return false;
      const own = words(name).join(" ");
      return e.terms.some((t) => t.includes(head) && title.some((r) => hasPhrase(r, t))) || e.departments.some((d) => d.join(" ") === own);
    }),
  );
  const own: Compiled = { terms: [], departments: [], not: [] };
  for (const name of split) {
    const phrase = words(name).filter((w) => !GRADES.has(w));
    if (phrase.length > 0) own.terms.push(phrase);
  }
  const all = [...entries, own];
  return (title) => {
    const t = readings(title);
    for (const e of all) {
      const hit = hitIn(e, t);
      if (hit) return hit;
    }
    return undefined;
  };
}

/** Role nouns: a past that holds one is a line of work ("ex-teacher"), not only an employer ("ex-Google"). */
const OCCUPATIONS = new Set(
  words(
    [
      "teacher educator nurse lawyer attorney accountant engineer engineering designer developer analyst manager officer director",
      "consultant journalist reporter editor writer producer chef cook barista server bartender pharmacist physician doctor dentist",
      "therapist clinician technician scientist researcher professor lecturer tutor coach trainer instructor salesperson representative",
      "agent banker trader broker soldier sergeant pilot firefighter police paramedic librarian architect artist musician actor recruiter",
      "administrator assistant clerk cashier specialist coordinator owner founder entrepreneur operator supervisor worker driver mechanic",
      "electrician plumber carpenter nanny caregiver counselor counsellor psychologist economist auditor bookkeeper defender prosecutor",
      "litigator paralegal veteran military executive president associate operations logistics sales marketing finance compliance",
      "clinical store retail hospitality restaurant construction manufacturing education healthcare enforcement informatics",
    ].join(" "),
  ),
);

const ANY_FIELD = ENTRIES;

/** True when the text names a line of work, whichever: "NICU nurse", "Army logistics" — not "Google", "IDEO", "White House". */
export function namesAField(text: string): boolean {
  const t = readings(text);
  if ((t[0] ?? []).some((w) => OCCUPATIONS.has(w))) return true;
  return ANY_FIELD.some((e) => hitIn(e, t) !== undefined);
}
