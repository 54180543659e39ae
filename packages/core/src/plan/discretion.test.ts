import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CIRCLE_IDS } from "../schemas/circle-id";
import type { Contact } from "../schemas/contact";
import type { Interaction } from "../schemas/interaction";
import type { PivotInput } from "../schemas/pivot";
import type { WeekPlan } from "../schemas/plan-item";
import { TIES } from "../schemas/tie";
import { colleagueClause, colleagueTest, discretionFor, withTrust } from "./discretion";
import { planWeek } from "./plan-week";

const today = "2026-11-25";
const teacher = {
  fromField: "teaching",
  toField: "instructional design",
  targetRoles: ["instructional designer"],
  stillEmployed: true,
  currentEmployer: "Lincoln High School",
  weeklyMinutes: 120,
} satisfies PivotInput;

function plan(
  contacts: Contact[],
  pivot: PivotInput = teacher,
  interactions: Interaction[] = [],
  senderName?: string,
): WeekPlan {
  const r = planWeek(pivot, contacts, interactions, today, senderName ? { senderName } : {});
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

// The teacher's network as LinkedIn gave it: no colleague flags, only companies.
const assistantPrincipal: Contact = {
  id: "ap",
  name: "Maria Lopez",
  circle: "backers",
  tie: "friend",
  role: "Assistant Principal",
  company: "Lincoln High School",
};
const network: Contact[] = [
  assistantPrincipal,
  {
    id: "t2",
    name: "Dan Okafor",
    circle: "backers",
    tie: "acquaintance",
    role: "Science Teacher",
    company: "Lincoln High",
  },
  {
    id: "fr",
    name: "Jess Moreau",
    circle: "backers",
    tie: "acquaintance",
    role: "Nurse",
    company: "St. Mary's Hospital",
  },
  {
    id: "pf",
    name: "Ana Ruiz",
    circle: "pathfinders",
    tie: "weak",
    transition: { from: "teaching", to: "instructional design" },
    company: "Duolingo",
  },
  {
    id: "ld",
    name: "Bo Chan",
    circle: "leaders",
    tie: "stranger",
    role: "Head of Instructional Design",
    company: "Coursera",
    researchNotes: "Her DevLearn 2025 talk on microlearning",
  },
];
const planned = (week: WeekPlan, id: string) => week.items.filter((i) => i.contactId === id);

describe("planWeek: discretion with current colleagues", () => {
  it("the still-employed teacher's first item is not telling her own assistant principal about the move", () => {
    // As it was seen: with no current employer in the pivot, the assistant principal came first.
    const before = plan(network, { ...teacher, currentEmployer: undefined });
    expect(before.items[0]).toMatchObject({ action: "reach-out", contactId: "ap" });
    expect(before.items[0]?.reason).toBe(
      "Maria Lopez has your back: tell them your plan and ask for one specific thing.",
    );

    const week = plan(network);
    expect(week.items[0]?.contactId).not.toBe("ap");
    expect(planned(week, "ap")).toEqual([]);
    expect(planned(week, "t2")).toEqual([]);
    expect(week.items[0]).toMatchObject({ action: "reach-out", contactId: "fr", circle: "backers" });
    expect(new Set(week.items.map((i) => i.circle))).toEqual(new Set(CIRCLE_IDS));
  });

  it("says whom it left out and why, and how to let them back in", () => {
    const week = plan(network);
    expect(week.heldBack.count).toBe(2);
    expect(week.heldBack.people.map((p) => p.contactId).sort()).toEqual(["ap", "t2"]);
    expect(week.heldBack.people.find((p) => p.contactId === "ap")).toEqual({
      contactId: "ap",
      contactName: "Maria Lopez",
      circle: "backers",
      reason:
        "Maria Lopez works at Lincoln High School, your current employer. While you still work there, the plan keeps your move from them: mark them trusted once you have told them.",
    });
    // Held back is not "did not fit": a bigger budget would not plan them either.
    expect(plan(network, { ...teacher, weeklyMinutes: 10_000 }).heldBack.count).toBe(2);
  });

  it("plans a reach-out to a colleague once they are trusted, and the draft may speak of the move", () => {
    const week = plan(
      network.map((c) => (c.id === "ap" ? { ...c, trusted: true, currentColleague: true } : c)),
      teacher,
      [],
      "Ruth Adams",
    );
    const item = planned(week, "ap")[0];
    expect(item).toMatchObject({ action: "reach-out", askLevel: "reasonable" });
    expect(item?.reason).toBe("Maria Lopez has your back: tell them your plan and ask for one specific thing.");
    expect(item?.message?.body).toContain("instructional design");
    expect(week.heldBack.people.map((p) => p.contactId)).toEqual(["t2"]);
  });

  it("says 'they' of a colleague whose name is not known", () => {
    const week = plan([{ ...assistantPrincipal, name: "them" }]);
    expect(week.heldBack.people[0]?.reason).toMatch(/^They work at Lincoln High School, your current employer\. /);
  });

  it("holds back a contact flagged as a colleague even with no company or employer known", () => {
    const week = plan([{ ...(network[2] as Contact), currentColleague: true }], {
      ...teacher,
      currentEmployer: undefined,
    });
    expect(week.items).toEqual([]);
    expect(week.heldBack.people[0]?.reason).toMatch(/^Jess Moreau works with you now\./);
  });

  it("takes the user's word when they say someone is not a colleague, whatever the company", () => {
    const week = plan([{ ...assistantPrincipal, currentColleague: false }]);
    expect(planned(week, "ap")[0]?.action).toBe("reach-out");
    expect(week.heldBack.count).toBe(0);
  });

  it("does not hold anyone back once the user has left the job", () => {
    const week = plan(network, { ...teacher, stillEmployed: false });
    expect(planned(week, "ap")[0]?.action).toBe("reach-out");
    expect(week.heldBack).toEqual({ count: 0, people: [] });
  });

  it("holds back a colleague who leads in the target field before any research is planned on them", () => {
    const lead: Contact = {
      id: "cl",
      name: "Kim Tran",
      circle: "leaders",
      tie: "acquaintance",
      role: "Instructional Design Lead",
      company: "Lincoln High School",
    };
    expect(plan([lead]).items).toEqual([]);
    expect(plan([lead]).heldBack.people[0]?.contactId).toBe("cl");
    expect(plan([{ ...lead, trusted: true }]).items[0]?.action).toBe("research");
  });

  it("still plans what is owed to a colleague, and keeps the move out of the update", () => {
    const thanks = plan([assistantPrincipal], teacher, [{ contactId: "ap", type: "helped", date: "2026-11-20" }]);
    expect(thanks.items[0]).toMatchObject({ action: "thank", contactId: "ap" });
    const update = plan([assistantPrincipal], teacher, [
      { contactId: "ap", type: "helped", date: "2026-11-01" },
      { contactId: "ap", type: "thanked", date: "2026-11-02" },
    ]);
    expect(update.items[0]?.action).toBe("update");
    expect(update.items[0]?.reason).toBe(
      "Maria Lopez helped 24 days ago; close the loop and tell them what came of their help, but not of your move: Maria Lopez works at Lincoln High School, your current employer.",
    );
  });

  it("names the most important colleagues held back and counts them all", () => {
    const many: Contact[] = Array.from({ length: 25 }, (_, i) => ({
      id: `c${String(i).padStart(2, "0")}`,
      name: `Colleague ${i}`,
      circle: "backers",
      tie: i === 7 ? "close" : "weak",
      company: "Lincoln High School",
    }));
    const week = plan(many);
    expect(week.heldBack.count).toBe(25);
    expect(week.heldBack.people).toHaveLength(10);
    expect(week.heldBack.people[0]?.contactId).toBe("c07");
  });
});

describe("colleagueTest and discretionFor", () => {
  const pivot = { ...teacher, targetRoles: [] };
  it.each([
    [{ company: "Lincoln High" }, { company: "Lincoln High" }],
    [{ company: " Lincoln High ", currentColleague: true }, { company: "Lincoln High" }],
    [{ company: "Google", currentColleague: true }, { flagged: true }],
    [{ currentColleague: true }, { flagged: true }],
    [{ company: "Lincoln High", currentColleague: false }, null],
    [{ company: "Google" }, null],
    [{}, null],
  ])("%j: %j", (fields, how) => {
    expect(colleagueTest(pivot)({ id: "x", name: "X", circle: "backers", tie: "weak", ...fields })).toEqual(how);
  });

  it.each([
    ["Maria Lopez", { company: "Lincoln High" }, false, "Maria Lopez works at Lincoln High, your current employer"],
    ["Maria Lopez", { flagged: true } as const, true, "Maria Lopez works with you now"],
    ["them", { company: "Lincoln High" }, true, "They work at Lincoln High, your current employer"],
    ["", { flagged: true } as const, false, "they work with you now"],
  ])("%s, %j: %s", (name, colleague, opens, clause) => {
    expect(colleagueClause(name, colleague, opens)).toBe(clause);
  });

  it("withTrust: a trusted colleague is judged as someone who knows; anyone else as they are", () => {
    const colleague: Contact = { id: "x", name: "X", circle: "backers", tie: "weak", currentColleague: true };
    expect(withTrust({ ...colleague, trusted: true })).toEqual({
      ...colleague,
      trusted: true,
      currentColleague: false,
    });
    expect(withTrust(colleague)).toBe(colleague);
    const stranger: Contact = { id: "y", name: "Y", circle: "leaders", tie: "stranger", trusted: true };
    expect(withTrust(stranger)).toBe(stranger);
  });

  it("lets trusted colleagues through, and everyone once the user has left", () => {
    const contact: Contact = { id: "x", name: "X", circle: "backers", tie: "weak", company: "Lincoln High" };
    expect(discretionFor(pivot)(contact)).not.toBeNull();
    expect(discretionFor(pivot)({ ...contact, trusted: true })).toBeNull();
    expect(discretionFor({ ...pivot, stillEmployed: false })(contact)).toBeNull();
  });
});

const arbContact = fc.record(
  {
    id: fc.string({ minLength: 1, maxLength: 4 }),
    name: fc.constantFrom("Ana Ruiz", "Bo Chan", "Lee Park"),
    circle: fc.constantFrom(...CIRCLE_IDS),
    tie: fc.constantFrom(...TIES),
    company: fc.constantFrom(
      "Lincoln High School",
      "Lincoln High",
      "LINCOLN HIGH SCHOOL, Inc.",
      "Washington High School",
      "Duolingo",
    ),
    currentColleague: fc.boolean(),
    trusted: fc.boolean(),
    researchNotes: fc.constantFrom("", "her talk at DevLearn"),
  },
  { requiredKeys: ["id", "name", "circle", "tie"] },
);

describe("planWeek: discretion, as a property", () => {
  it("while still employed, never plans outreach to a current colleague who is not trusted", () => {
    fc.assert(
      fc.property(fc.uniqueArray(arbContact, { selector: (c) => c.id, maxLength: 20 }), (contacts) => {
        const week = plan(contacts, { ...teacher, weeklyMinutes: 10_000 });
        const quiet = discretionFor({ ...teacher, targetRoles: teacher.targetRoles });
        const byId = new Map(contacts.map((c) => [c.id, c]));
        for (const item of week.items) {
          if (item.action !== "reach-out" && item.action !== "research") continue;
          expect(quiet(byId.get(item.contactId) as Contact)).toBeNull();
        }
        expect(week.heldBack.count).toBe(contacts.filter((c) => quiet(c) !== null).length);
      }),
    );
  });
});
