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

/** Words of a role that say what kind of post it is, not which field: the field is the word before them. */
const POSTS = new Set(
  words(
    "manager partner generalist specialist analyst advisor adviser consultant officer coordinator owner professional expert",
  ),
);

interface Phrase {
  words: string[];
  hit: FieldHit;
  /** The entry's vetoes: phrases that, in the same title, make it another field. */
  not: string[][];
}

/**
 * Phrases by their first word, longest first, so that a title is read once whatever the number of phrases,
 * and the words that named the field are the whole job's name ("HR Business Partner"), none of them taken
 * for a rank.
 */
class PhraseIndex {
  private readonly byFirst = new Map<string, Phrase[]>();

  add(phrase: string[], not: string[][]): void {
    const first = phrase[0];
    if (first === undefined) return;
    const list = this.byFirst.get(first) ?? [];
    list.push({ words: phrase, hit: { words: new Set(phrase) }, not });
    list.sort((a, b) => b.words.length - a.words.length);
    this.byFirst.set(first, list);
  }

  /** The longest phrase found in any reading of the title, unless the title says it is another field. */
  find(title: readonly string[][]): FieldHit | undefined {
    const whole = title[0] ?? [];
    let best: Phrase | undefined;
    for (const reading of title) {
      for (let i = 0; i < reading.length; i++) {
        for (const p of this.byFirst.get(reading[i] as string) ?? []) {
          if (best && best.words.length >= p.words.length) break;
          if (matchesAt(reading, i, p.words) && !p.not.some((n) => hasPhrase(whole, n))) best = p;
        }
      }
    }
    return best?.hit;
  }
}

function matchesAt(text: readonly string[], at: number, phrase: readonly string[]): boolean {
  if (at + phrase.length > text.length) return false;
  for (let j = 0; j < phrase.length; j++) if (text[at + j] !== phrase[j]) return false;
  return true;
}

/** Terms and departments of some entries, read by index. */
class FieldIndex {
  private readonly terms = new PhraseIndex();
  private readonly departments = new PhraseIndex();

  constructor(entries: readonly Compiled[]) {
    for (const e of entries) {
      for (const t of e.terms) this.terms.add(t, e.not);
      for (const d of e.departments) this.departments.add(d, e.not);
    }
  }

  find(title: readonly string[][]): FieldHit | undefined {
    const term = this.terms.find(title);
    if (term) return term;
    const whole = title[0] ?? [];
    return whole.some((w) => RANKS.has(w)) ? this.departments.find([whole]) : undefined;
  }
}

/** The word a field's name turns on: "policy" in "Policy Analyst", "product" in "Clinical Product Manager". */
function headWord(name: string): string | undefined {
  const w = words(name).filter((x) => !GRADES.has(x));
  for (let i = w.length - 1; i >= 0; i--) if (!POSTS.has(w[i] as string)) return w[i];
  return w[w.length - 1];
}

/** The parts of a field as people name it: "HR / People Operations" is "HR" and "People Operations". */
const parts = (field: string): string[] =>
  field.split(/\s*(?:\/|&|\+|,|\bor\b|\band\b)\s*/i).filter((p) => p.trim() !== "");

/** A field's name read once, to test each entry against. */
interface Name {
  head: string;
  title: string[][];
  own: string;
}

function readName(name: string): Name | undefined {
  const head = headWord(name);
  return head === undefined ? undefined : { head, title: readings(name), own: words(name).join(" ") };
}

/** True when the entry names the head of a field's name: "Clinical Product Manager" is product management, not clinical work. */
function namesHead(e: Compiled, name: Name): boolean {
  if (e.not.some((n) => hasPhrase(name.title[0] ?? [], n))) return false;
  return (
    e.terms.some((t) => t.includes(name.head) && name.title.some((r) => hasPhrase(r, t))) ||
    e.departments.some((d) => d.join(" ") === name.own)
  );
}

/** Keeps what a matcher said of each title: an import meets the same titles again and again. */
function remembered(find: (title: string) => FieldHit | undefined): FieldMatcher {
  const seen = new Map<string, FieldHit | null>();
  return (title) => {
    let hit = seen.get(title);
    if (hit === undefined) {
      hit = find(title) ?? null;
      if (seen.size > 20_000) seen.clear();
      seen.set(title, hit);
    }
    return hit ?? undefined;
  };
}

/**
 * A matcher for the field named by `names` (a pivot's toField and target roles, or its fromField): the
 * thesaurus entries they name, with all their ways of saying it, and the names' own words for a field the
 * thesaurus does not know.
 */
export function fieldMatcher(names: readonly string[]): FieldMatcher {
  const split = names.flatMap(parts);
  const own: Compiled = { terms: [], departments: [], not: [] };
  for (const name of split) {
    const phrase = words(name).filter((w) => !GRADES.has(w));
    if (phrase.length > 0) own.terms.push(phrase);
  }
  const read = split.map(readName).filter((n) => n !== undefined);
  const index = new FieldIndex([...ENTRIES.filter((e) => read.some((name) => namesHead(e, name))), own]);
  return remembered((title) => index.find(readings(title)));
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
      "actuary underwriter adjuster teller dispatcher machinist welder midwife optometrist veterinarian chemist biologist physicist",
      "mathematician statistician translator interpreter photographer videographer filmmaker illustrator animator copywriter",
      "attendant concierge receptionist waiter waitress host hostess housekeeper sommelier hairdresser stylist barber cosmetologist",
      "realtor pastor minister chaplain athlete dancer singer homemaker support helpdesk hotel hotelier tourism travel aviation airline",
      "events nonprofit government academia science insurance banking fitness wellness beauty fashion media publishing film music",
      "theatre theater sports farming agriculture trades",
    ].join(" "),
  ),
);

const ANY_FIELD = new FieldIndex(ENTRIES);

const lineOfWork = remembered((text) => {
  const t = readings(text);
  return (t[0] ?? []).some((w) => OCCUPATIONS.has(w)) ? { words: new Set() } : ANY_FIELD.find(t);
});

/** True when the text names a line of work, whichever: "NICU nurse", "Army logistics" — not "Google", "IDEO", "White House". */
export const namesAField = (text: string): boolean => lineOfWork(text) !== undefined;
