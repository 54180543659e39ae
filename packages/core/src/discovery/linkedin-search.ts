import { parseArgs, type Result } from "../result";
import { CircleId } from "../schemas/circle-id";
import { Pivot } from "../schemas/pivot";

export interface SearchString {
  label: string;
  query: string;
}

/** A phrase for LinkedIn's boolean search: quotes inside would end the phrase early, so they go. */
const phrase = (text: string): string => `"${text.replace(/["“”]/g, "").replace(/\s+/g, " ").trim()}"`;
const anyOf = (items: string[]): string => (items.length === 1 ? (items[0] as string) : `(${items.join(" OR ")})`);

const SENIOR_TITLES = ["head of", "director", "principal", "lead", "founder"];

/**
 * Boolean search strings for LinkedIn's people search, to find pathfinders (who made the same move) and
 * leaders (who excel in the target field). No scraping: the user pastes them into LinkedIn.
 */
export function linkedInSearch(pivot: unknown, circle: unknown): Result<SearchString[]> {
  const args = parseArgs({ pivot: [Pivot, pivot], circle: [CircleId, circle] });
  if (!args.ok) return args;
  const { fromField, toField, targetRoles } = args.value.pivot;
  const targets = [toField, ...targetRoles].map(phrase);
  const former = [`former ${fromField}`, `ex-${fromField}`, `previously ${fromField}`].map(phrase);
  switch (args.value.circle) {
    case "pathfinders":
      return {
        ok: true,
        value: [
          { label: `Made the move from ${fromField} to ${toField}`, query: `${anyOf(former)} AND ${anyOf(targets)}` },
          {
            label: `Describe themselves as career changers into ${toField}`,
            query: `${anyOf(targets)} AND ("career change" OR "career changer" OR transitioned OR pivoted)`,
          },
        ],
      };
    case "leaders":
      return {
        ok: true,
        value: [
          { label: `Senior people in ${toField}`, query: `${anyOf(targets)} AND ${anyOf(SENIOR_TITLES.map(phrase))}` },
          {
            label: `People who teach or write about ${toField}`,
            query: `${anyOf(targets)} AND (speaker OR author OR instructor OR mentor) NOT recruiter`,
          },
        ],
      };
    case "backers":
      return {
        ok: true,
        value: [
          {
            label: `People you know who work near ${toField} (filter to 1st-degree connections)`,
            query: anyOf(targets),
          },
        ],
      };
  }
}
