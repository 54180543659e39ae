import { foldAccents } from "../text/fold-accents";

/** Words too common in job titles and field names to say two fields are the same. */
const NOISE = new Set(
  "a an and the of in at for to with on de senior junior lead head chief principal staff associate assistant manager director vice president vp officer specialist consultant engineer i ii iii sr jr".split(
    " ",
  ),
);

const SUFFIX = /(?:ings|ing|ments|ment|ers|er|ors|or|ists|ist|ies|es|s|e)$/;

/** A crude stem, so "teacher", "teaching" and "teachers" meet, and "designer" meets "design". */
function stem(word: string): string {
  const cut = word.replace(SUFFIX, "");
  return cut.length >= 4 ? cut : word;
}

/** Lower-cased, accent-free stems of the meaningful words of a field or title. */
export function fieldTokens(text: string | undefined): string[] {
  if (!text) return [];
  const words = foldAccents(text).match(/[a-z0-9+#]+/g) ?? [];
  return words.filter((w) => w.length > 1 && !NOISE.has(w)).map(stem);
}

/** True when any meaningful word of `field` appears in `text`. */
export function mentionsField(text: string | undefined, field: string): boolean {
  const want = fieldTokens(field);
  if (want.length === 0 || !text) return false;
  const have = new Set(fieldTokens(text));
  return want.some((w) => have.has(w));
}

const SENIOR = /\b(head|director|vp|vice president|chief|c[etop]o|founder|co-?founder|principal|staff|lead|partner|senior|sr\.?|manager|professor|author)\b/i;

export const isSenior = (role: string | undefined): boolean => role !== undefined && SENIOR.test(role);
