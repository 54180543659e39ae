// The labelled headline set (headlines.json, written apart from the code) and how suggestCircle is scored
// on it. Shared by the benchmark, which prints the figures and the misses, and by the test that holds the
// floor, so both measure the same thing.
import { readFileSync } from "node:fs";

export const LABELS = ["backers", "leaders", "pathfinders", "none"] as const;
export type Label = (typeof LABELS)[number];

export interface HeadlineCase {
  id: string;
  pivot: { fromField: string; toField: string; targetRoles: string[] };
  contact: { name: string; headline: string; company?: string; position?: string; tie: string };
  expected: Label;
  note: string;
}

/**
 * The sets: "headlines.json" (256, written blind by a colleague who never read the code) and
 * "headlines-holdout.json" (117, seven other pivots, written by the implementer after the rules were built
 * and scored once before any change, as a check that the rules carry over to fields they were not built on).
 */
export const HEADLINE_SETS = ["headlines.json", "headlines-holdout.json"] as const;
export type HeadlineSet = (typeof HEADLINE_SETS)[number];

export function loadHeadlines(set: HeadlineSet = "headlines.json"): HeadlineCase[] {
  return JSON.parse(readFileSync(new URL(`./${set}`, import.meta.url), "utf8")) as HeadlineCase[];
}

/** The set gives no time budget or employment: neither bears on the circle. */
export const pivotOf = (c: HeadlineCase) => ({ ...c.pivot, stillEmployed: true, weeklyMinutes: 120 });

/**
 * How a case is handed to suggestCircle. "profile": the headline, the position as the role, the company —
 * what a LinkedIn profile shows. "export": what LinkedIn's Connections.csv holds, where the Position column
 * is whatever the person wrote (often their headline) and there is no headline of its own.
 */
export type Reading = "profile" | "export";

export function factsOf(c: HeadlineCase, reading: Reading): Record<string, unknown> {
  const { name, tie, headline, position, company } = c.contact;
  const facts: Record<string, unknown> = { name, tie };
  if (company) facts.company = company;
  if (reading === "profile") {
    facts.headline = headline;
    if (position) facts.role = position;
  } else facts.role = headline;
  return facts;
}

export interface Miss {
  id: string;
  expected: Label;
  got: Label;
  headline: string;
  reason: string;
  note: string;
}

export interface Tally {
  right: number;
  total: number;
}

export interface Score {
  overall: Tally;
  byLabel: Record<Label, Tally>;
  byPivot: Map<string, Tally>;
  misses: Miss[];
}

/** What a suggester says of one case: its circle, or none. */
export type Suggest = (c: HeadlineCase, reading: Reading) => { circle: Label; reason: string };

export function score(cases: readonly HeadlineCase[], suggest: Suggest, reading: Reading): Score {
  const tally = (): Tally => ({ right: 0, total: 0 });
  const overall = tally();
  const byLabel = Object.fromEntries(LABELS.map((l) => [l, tally()])) as Record<Label, Tally>;
  const byPivot = new Map<string, Tally>();
  const misses: Miss[] = [];
  for (const c of cases) {
    const { circle, reason } = suggest(c, reading);
    const pivot = `${c.pivot.fromField} → ${c.pivot.toField}`;
    const p = byPivot.get(pivot) ?? tally();
    byPivot.set(pivot, p);
    const hit = circle === c.expected;
    for (const t of [overall, byLabel[c.expected], p]) {
      t.total++;
      if (hit) t.right++;
    }
    if (!hit)
      misses.push({ id: c.id, expected: c.expected, got: circle, headline: c.contact.headline, reason, note: c.note });
  }
  return { overall, byLabel, byPivot, misses };
}

export const percent = (t: Tally): string => (t.total === 0 ? "—" : `${((100 * t.right) / t.total).toFixed(1)} %`);
