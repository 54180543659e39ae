import { describe, expect, it } from "vitest";
import type { Contact } from "../schemas/contact";
import type { Interaction } from "../schemas/interaction";
import { followUpsDue } from "../follow-up/follow-ups-due";
import { actionDone } from "./action-done";
import { CHECK_IN_WEEKS, checkInWeeks } from "./check-in";
import { checkInsDue } from "./check-ins-due";
import { planWeek } from "./plan-week";

const pivot = {
  fromField: "teaching",
  toField: "UX research",
  targetRoles: [],
  stillEmployed: false,
  weeklyMinutes: 120,
};
const mum: Contact = { id: "b1", name: "Mum", circle: "backers", tie: "close" };
const tom: Contact = { id: "b2", name: "Tom Ode", circle: "backers", tie: "friend" };
// Mum was told of the plan on 1 October and answered the same day.
const talked: Interaction[] = [
  { contactId: "b1", type: "sent", date: "2026-10-01" },
  { contactId: "b1", type: "replied", date: "2026-10-01" },
];

function plan(contacts: Contact[], interactions: Interaction[], today: string, p: object = pivot) {
  const r = planWeek(p, contacts, interactions, today);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}
const checkInFor = (id: string, contacts: Contact[], interactions: Interaction[], today: string, p?: object) =>
  plan(contacts, interactions, today, p).items.find((i) => i.contactId === id && i.action === "check-in");

describe("keeping in touch with backers", () => {
  it("takes the cadence from the tie unless the contact has one of its own", () => {
    expect(CHECK_IN_WEEKS).toEqual({ close: 4, friend: 6, acquaintance: 8, weak: 8, stranger: 12 });
    expect(checkInWeeks(mum)).toBe(4);
    expect(checkInWeeks({ ...mum, checkInWeeks: 2 })).toBe(2);
  });

  it("proposes a check-in once the cadence has passed since the last interaction, and not a day before", () => {
    // Four weeks after 1 October is 29 October.
    expect(checkInFor("b1", [mum], talked, "2026-10-28")).toBeUndefined();
    const due = checkInFor("b1", [mum], talked, "2026-10-29");
    expect(due).toMatchObject({ action: "check-in", dueOn: "2026-10-29", minutes: 10 });
    expect(due?.reason).toBe(
      "Your last contact with Mum was on 2026-10-01, 4 weeks ago, and you keep in touch every 4 weeks: send a short note on how your move is going.",
    );
  });

  it("counts from the last thing logged, whatever it was", () => {
    const later: Interaction[] = [...talked, { contactId: "b1", type: "met", date: "2026-10-20" }];
    expect(checkInFor("b1", [mum], later, "2026-11-16")).toBeUndefined();
    expect(checkInFor("b1", [mum], later, "2026-11-17")?.dueOn).toBe("2026-11-17");
  });

  it("follows the contact's own cadence", () => {
    const often = { ...mum, checkInWeeks: 1 };
    expect(checkInFor("b1", [often], talked, "2026-10-07")).toBeUndefined();
    expect(checkInFor("b1", [often], talked, "2026-10-08")?.reason).toContain(
      "a week ago, and you keep in touch every week",
    );
  });

  it("is for backers only, and never for someone archived, paused, never written to, or waiting for a reply", () => {
    expect(checkInFor("b1", [{ ...mum, circle: "pathfinders" }], talked, "2027-01-01")).toBeUndefined();
    expect(checkInFor("b1", [{ ...mum, archived: true }], talked, "2027-01-01")).toBeUndefined();
    expect(checkInFor("b1", [{ ...mum, status: "paused" }], talked, "2027-01-01")).toBeUndefined();
    // No history: a first message is planned instead.
    expect(plan([tom], [], "2027-01-01").items[0]?.action).toBe("reach-out");
    // A friend written to and not answered is under 3B7, not due a check-in.
    const waiting: Interaction[] = [{ contactId: "b2", type: "sent", date: "2026-12-28" }];
    expect(checkInFor("b2", [tom], waiting, "2027-01-01")).toBeUndefined();
  });

  it("keeps the move out of a check-in with a current colleague while the user is still employed", () => {
    const colleague = { ...mum, company: "Lincoln High School" };
    const employed = { ...pivot, stillEmployed: true, currentEmployer: "Lincoln High School" };
    expect(checkInFor("b1", [colleague], talked, "2026-10-29", employed)?.reason).toContain(
      "ask how they are, but keep your move out of it: Mum works at Lincoln High School, your current employer.",
    );
  });

  it("is marked done by logging an update, which starts the cadence over", () => {
    expect(actionDone("check-in")).toEqual({ log: "updated" });
    const done: Interaction[] = [...talked, { contactId: "b1", type: "updated", date: "2026-10-29" }];
    expect(checkInFor("b1", [mum], done, "2026-11-05")).toBeUndefined();
  });

  it("lists every backer's next check-in for a calendar, due or not yet, soonest first", () => {
    const interactions: Interaction[] = [
      ...talked,
      { contactId: "b2", type: "sent", date: "2026-09-01" },
      { contactId: "b2", type: "replied", date: "2026-09-03" },
    ];
    const r = checkInsDue(
      [mum, tom, { id: "b3", name: "Sam", circle: "backers", tie: "weak" }],
      interactions,
      "2026-10-05",
    );
    expect(r).toEqual({
      ok: true,
      value: [
        {
          contactId: "b1",
          contactName: "Mum",
          lastOn: "2026-10-01",
          weeks: 4,
          dueOn: "2026-10-29",
          title: "Check in with Mum",
          explanation: "You keep in touch with Mum every 4 weeks; your last contact was on 2026-10-01.",
        },
        {
          contactId: "b2",
          contactName: "Tom Ode",
          lastOn: "2026-09-03",
          weeks: 6,
          dueOn: "2026-10-15",
          title: "Check in with Tom Ode",
          explanation: "You keep in touch with Tom Ode every 6 weeks; your last contact was on 2026-09-03.",
        },
      ].sort((a, b) => a.dueOn.localeCompare(b.dueOn)),
    });
    expect(checkInsDue([{ ...mum, archived: true }], talked, "2026-10-05")).toEqual({ ok: true, value: [] });
    expect(checkInsDue([mum], talked, "not a date").ok).toBe(false);
  });
});

describe("an archived contact", () => {
  it("is never proposed by the plan, nor counted among the follow-ups", () => {
    const leader: Contact = {
      id: "l1",
      name: "Lee Park",
      circle: "leaders",
      tie: "stranger",
      researchNotes: "Her talk on diary studies",
      archived: true,
    };
    const week = plan([leader, tom], [], "2026-11-25");
    expect(week.items.map((i) => i.contactId)).toEqual(["b2"]);
    const sent: Interaction[] = [{ contactId: "l1", type: "sent", date: "2026-11-10" }];
    expect(plan([leader], sent, "2026-11-25").items).toEqual([]);
    expect(followUpsDue([leader], sent, "2026-11-25")).toEqual({ ok: true, value: [] });
    // Restored, they are back among the follow-ups.
    const restored = followUpsDue([{ ...leader, archived: false }], sent, "2026-11-25");
    expect(restored.ok ? restored.value.map((f) => f.contactId) : restored.error.message).toEqual(["l1"]);
  });

  it("is a valid contact, and archived must be a boolean", () => {
    expect(planWeek(pivot, [{ ...tom, archived: "yes" }], [], "2026-11-25")).toMatchObject({
      ok: false,
      error: { issues: [{ path: "contacts[0].archived" }] },
    });
    expect(planWeek(pivot, [{ ...tom, checkInWeeks: 0 }], [], "2026-11-25")).toMatchObject({
      ok: false,
      error: { issues: [{ path: "contacts[0].checkInWeeks" }] },
    });
  });
});
