// Everything core says to a person, rendered over every tie, circle and kind of ask, for a named contact
// and for one whose name is not known, with no history: each sentence must read as English.
import { describe, expect, it } from "vitest";
import { checkAsk } from "./ask/check-ask";
import { planWeek } from "./plan/plan-week";
import { ASK_KINDS } from "./schemas/ask";
import { CIRCLE_IDS } from "./schemas/circle-id";
import { TIES } from "./schemas/tie";

/** What a sentence that a person reads must never hold. */
const FAULTS: [RegExp, string][] = [
  [/\bundefined\b|\bnull\b|\bNaN\b|\[object/, "a value leaked into the text"],
  [/\b(?:Them|They|them|they)'s\b/, "a possessive of a pronoun"],
  [/\bThem has\b|\bthey has\b|\bThey has\b/, "a pronoun that does not agree with its verb"],
  [/\ban? (?:close|weak)\b(?! tie| contact| friend)/, 'a tie\'s name used as a noun ("a close")'],
  [/\ba (?:[aeiou]\w*)\b/i, "'a' before a vowel"],
  [/\ban (?:[bcdfgjklmnpqrstvwxz]\w*)\b/i, "'an' before a consonant"],
  [/ {2,}|\s[,.;:?!]/, "stray spaces"],
  [/\b(\w+) \1\b/i, "a repeated word"],
];

function expectEnglish(text: string, where: string) {
  for (const [re, fault] of FAULTS) {
    // "a one-hour call", "an hour": the article follows the sound, which the pattern cannot hear.
    const m = re.exec(
      text.replace(/\ban hour\b|\ba one\b|\ba use\w*|\ba UX\b|\ba user\b|\ban MBA\b|\ban? (?:LinkedIn|ID)\b/g, ""),
    );
    expect(m ? `${where}: ${fault} in "${text}"` : "").toBe("");
  }
  expect(text.trim(), `${where}: starts with a capital and ends with punctuation`).toMatch(
    /^["“(]?[A-Z0-9].*[.?!)"”]$/s,
  );
}

const today = "2026-11-25";
const pivot = {
  fromField: "teaching",
  toField: "UX research",
  targetRoles: ["UX researcher"],
  stillEmployed: true,
  weeklyMinutes: 600,
};

describe("core speaks well-formed English", () => {
  it("in every finding and right-sized ask of checkAsk", () => {
    for (const name of ["Sarah Chen", "them"]) {
      for (const tie of TIES) {
        for (const circle of CIRCLE_IDS) {
          for (const kind of ASK_KINDS) {
            for (const currentColleague of [false, true]) {
              const ask = { kind, specifics: "how you moved into research", deadline: "2026-11-26" };
              const r = checkAsk(ask, { id: "c", name, circle, tie, currentColleague }, { today, pivot });
              if (!r.ok) throw new Error(r.error.message);
              for (const f of r.value.findings)
                expectEnglish(f.message, `${kind} to ${tie} ${circle} (${name}), ${f.ruleId}`);
              if (r.value.rightSized)
                expectEnglish(`Ask for ${r.value.rightSized.specifics} instead.`, `${kind} to ${tie}: right-sized`);
            }
          }
        }
      }
    }
    // 780 verdicts: a second or two, more on a busy machine; this is a check of words, not of speed.
  }, 60_000);

  it("in every reason of a week's plan", () => {
    const contacts = TIES.flatMap((tie) =>
      CIRCLE_IDS.map((circle, i) => ({
        id: `${tie}-${circle}`,
        name: i === 0 ? "Sam Lee" : "them",
        circle,
        tie,
        ...(i === 2 ? { researchNotes: "Her talk on diary studies" } : {}),
      })),
    );
    const r = planWeek(pivot, contacts, [], today);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.items.length).toBeGreaterThan(0);
    for (const item of r.value.items) expectEnglish(item.reason, `plan: ${item.action} ${item.contactId}`);
  });
});
