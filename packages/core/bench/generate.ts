// Deterministic synthetic networks for the benchmarks: the same seed gives the same people every run.
import type { Contact, Interaction } from "@enlist/core";

const FIRST = ["Ana", "Bo", "Chen", "Dara", "Eli", "Fatima", "Gus", "Hana", "Ivo", "Jun", "Kemi", "Lars"];
const LAST = ["Ruiz", "Chan", "Okafor", "Silva", "Novak", "Haddad", "Kim", "Berg", "Rossi", "Tanaka"];
const ROLES = [
  "Instructional Designer",
  "Director of Learning",
  "Teacher",
  "Accountant",
  "Head of L&D",
  "Nurse",
  "Product Manager",
];
const CIRCLES = ["backers", "leaders", "pathfinders"] as const;
const TIES = ["close", "friend", "acquaintance", "weak", "stranger"] as const;

/** A small linear congruential generator: enough variety, fully repeatable. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

export function generateNetwork(count: number, seed = 42): { contacts: Contact[]; interactions: Interaction[] } {
  const next = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T;
  const contacts: Contact[] = [];
  const interactions: Interaction[] = [];
  for (let i = 0; i < count; i++) {
    const id = `c${i}`;
    const circle = pick(CIRCLES);
    contacts.push({
      id,
      name: `${pick(FIRST)} ${pick(LAST)}`,
      circle,
      tie: pick(TIES),
      role: pick(ROLES),
      company: `Company ${Math.floor(next() * 500)}`,
      ...(circle === "pathfinders" ? { transition: { from: "teaching", to: "instructional design" } } : {}),
      ...(circle === "leaders" && next() < 0.5 ? { researchNotes: "her talk on microlearning" } : {}),
    });
    if (next() < 0.3) {
      const day = 1 + Math.floor(next() * 28);
      interactions.push({ contactId: id, type: "sent", date: `2026-10-${String(day).padStart(2, "0")}` });
      if (next() < 0.5)
        interactions.push({ contactId: id, type: pick(["replied", "helped", "met"] as const), date: "2026-11-02" });
    }
  }
  return { contacts, interactions };
}
