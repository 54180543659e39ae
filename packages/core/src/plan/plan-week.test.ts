import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CIRCLE_IDS } from "../schemas/circle-id";
import type { Contact } from "../schemas/contact";
import type { Interaction } from "../schemas/interaction";
import { TIES } from "../schemas/tie";
import { planWeek } from "./plan-week";

const today = "2026-11-25";
const pivot = {
  fromField: "teaching",
  toField: "instructional design",
  targetRoles: ["instructional designer"],
  stillEmployed: false,
  weeklyMinutes: 120,
};

function plan(contacts: unknown[], interactions: unknown[] = [], p: object = pivot) {
  const r = planWeek(p, contacts, interactions, today);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

const people: Contact[] = [
  { id: "l1", name: "Lee Park", circle: "leaders", tie: "stranger", role: "Director of Learning Design" },
  {
    id: "l2",
    name: "Bo Chan",
    circle: "leaders",
    tie: "stranger",
    role: "Head of Instructional Design",
    researchNotes: "Her DevLearn 2025 talk on microlearning",
  },
  {
    id: "p1",
    name: "Ana Ruiz",
    circle: "pathfinders",
    tie: "weak",
    transition: { from: "teaching", to: "instructional design" },
  },
  { id: "b1", name: "Mum", circle: "backers", tie: "close" },
  { id: "b2", name: "Tom Ode", circle: "backers", tie: "friend", role: "accountant" },
];

describe("planWeek", () => {
  it("the first week puts backers first and keeps all three circles in play", () => {
    const week = plan(people);
    expect(week.items[0]?.circle).toBe("backers");
    expect(new Set(week.items.map((i) => i.circle))).toEqual(new Set(CIRCLE_IDS));
    expect(week.weekOf).toBe("2026-11-23");
  });

  it("names the backer who has waited longest for an answer, whatever order the contacts come in", () => {
    const waiting = [
      { id: "w1", name: "Kim Ode", circle: "backers", tie: "weak" },
      { id: "w2", name: "Sam Lee", circle: "backers", tie: "weak" },
      { id: "b9", name: "Ray Sun", circle: "backers", tie: "close" },
    ];
    const sent = [
      { contactId: "w1", type: "sent", date: "2026-11-19" },
      { contactId: "w2", type: "sent", date: "2026-11-17" },
    ];
    const reasons = [waiting, [...waiting].reverse()].map(
      (contacts) => plan(contacts, sent).items.find((i) => i.contactId === "b9")?.reason,
    );
    expect(reasons[0]).toContain("Sam Lee has not answered");
    expect(reasons[1]).toBe(reasons[0]);
  });

  it("a leader not yet studied gets research; a studied one gets a reach-out with a reasonable ask", () => {
    const week = plan(people);
    expect(week.items.find((i) => i.contactId === "l1")?.action).toBe("research");
    const reach = week.items.find((i) => i.contactId === "l2");
    expect(reach).toMatchObject({ action: "reach-out", askLevel: "reasonable", ask: { kind: "questions" } });
  });

  it("right-sizes the first ask: a weak pathfinder gets a short call, a stranger pathfinder two questions", () => {
    expect(plan([people[2]]).items[0]?.ask?.kind).toBe("call");
    expect(plan([{ ...people[2], tie: "stranger" }]).items[0]?.ask).toMatchObject({
      kind: "questions",
      format: "async",
    });
  });

  it("drafts the first message of each reach-out when it knows who signs it", () => {
    const r = planWeek(pivot, people, [], today, { senderName: "Ana Ruiz" });
    if (!r.ok) throw new Error(r.error.message);
    const leader = r.value.items.find((i) => i.contactId === "l2");
    expect(leader?.message?.body).toContain("your DevLearn 2025 talk on microlearning");
    expect(leader?.message?.body).toMatch(/Ana Ruiz$/);
    expect(r.value.items.filter((i) => i.action === "reach-out").every((i) => i.message !== undefined)).toBe(true);
    expect(plan(people).items.some((i) => i.message)).toBe(false);
  });

  it("owed actions come before new outreach: thank, then follow up", () => {
    const interactions: Interaction[] = [
      { contactId: "p1", type: "sent", date: "2026-11-10" },
      { contactId: "b2", type: "sent", date: "2026-11-01" },
      { contactId: "b2", type: "helped", date: "2026-11-20" },
    ];
    const week = plan(people, interactions);
    expect(week.items.slice(0, 2).map((i) => [i.action, i.contactId])).toEqual([
      ["thank", "b2"],
      ["follow-up", "p1"],
    ]);
  });

  it("closes the loop with an update two weeks after help was thanked", () => {
    const interactions: Interaction[] = [
      { contactId: "b2", type: "helped", date: "2026-11-01" },
      { contactId: "b2", type: "thanked", date: "2026-11-02" },
    ];
    expect(plan([people[4]], interactions).items[0]).toMatchObject({ action: "update", contactId: "b2" });
  });

  it("moves on from someone who ignored a message and a follow-up, after everything else", () => {
    const interactions: Interaction[] = [
      { contactId: "p1", type: "sent", date: "2026-10-01" },
      { contactId: "p1", type: "sent", date: "2026-10-12" },
    ];
    const week = plan(people, interactions);
    expect(week.items.at(-1)).toMatchObject({ action: "move-on", contactId: "p1" });
  });

  it("skips contacts paused or moved on, and people already waiting", () => {
    const week = plan(
      [{ ...people[0], status: "paused" }, people[3]],
      [{ contactId: "b1", type: "sent", date: "2026-11-24" }],
    );
    expect(week.items).toEqual([]);
  });

  it("stays within the budget and reports what did not fit", () => {
    const week = plan(people, [], { ...pivot, weeklyMinutes: 30 });
    expect(week.plannedMinutes).toBeLessThanOrEqual(30);
    expect(week.items.reduce((sum, i) => sum + i.minutes, 0)).toBe(week.plannedMinutes);
    expect(week.deferred).toBeGreaterThan(0);
  });

  it("every item gives its reason in plain words", () => {
    for (const item of plan(people).items) expect(item.reason.length).toBeGreaterThan(20);
  });

  it("rejects bad input by naming the field", () => {
    const r = planWeek({ ...pivot, weeklyMinutes: -1 }, people, [], today);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/^pivot\.weeklyMinutes/);
    const r2 = planWeek(pivot, [{ ...people[0], tie: "bestie" }], [], today);
    if (!r2.ok) expect(r2.error.issues[0]?.path).toBe("contacts[0].tie");
    expect(r2.ok).toBe(false);
  });
});

const arbContact = fc.record({
  id: fc.string({ minLength: 1, maxLength: 4 }),
  name: fc.constantFrom("Ana Ruiz", "Bo Chan", "Lee Park"),
  circle: fc.constantFrom(...CIRCLE_IDS),
  tie: fc.constantFrom(...TIES),
  role: fc.constantFrom("Head of Learning", "accountant", "instructional designer"),
  researchNotes: fc.constantFrom("", "her talk at DevLearn"),
});
const arbInteraction = (ids: string[]) =>
  fc.record({
    contactId: fc.constantFrom(...ids),
    type: fc.constantFrom("sent", "replied", "met", "helped", "thanked", "updated", "declined", "no-reply"),
    date: fc.integer({ min: 0, max: 90 }).map((d) => new Date(Date.UTC(2026, 8, 1 + d)).toISOString().slice(0, 10)),
  });
const arbWorld = fc
  .uniqueArray(arbContact, { selector: (c) => c.id, minLength: 1, maxLength: 25 })
  .chain((contacts) =>
    fc.tuple(
      fc.constant(contacts),
      fc.array(arbInteraction(contacts.map((c) => c.id)), { maxLength: 40 }),
      fc.integer({ min: 0, max: 300 }),
    ),
  );

describe("planWeek: properties", () => {
  it("never exceeds the budget", () => {
    fc.assert(
      fc.property(arbWorld, ([contacts, interactions, budget]) => {
        const week = plan(contacts, interactions, { ...pivot, weeklyMinutes: budget });
        return week.plannedMinutes <= budget && week.items.reduce((s, i) => s + i.minutes, 0) === week.plannedMinutes;
      }),
    );
  });

  it("is deterministic, whatever the order of the input", () => {
    fc.assert(
      fc.property(arbWorld, ([contacts, interactions, budget]) => {
        const p = { ...pivot, weeklyMinutes: budget };
        const a = plan(contacts, interactions, p);
        const b = plan([...contacts].reverse(), [...interactions].reverse(), p);
        expect(b).toEqual(a);
      }),
    );
  });

  it("plans at most one action per contact", () => {
    fc.assert(
      fc.property(arbWorld, ([contacts, interactions]) => {
        const ids = plan(contacts, interactions, { ...pivot, weeklyMinutes: 10_000 }).items.map((i) => i.contactId);
        return new Set(ids).size === ids.length;
      }),
    );
  });
});
