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
