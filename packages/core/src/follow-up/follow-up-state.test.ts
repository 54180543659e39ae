import { describe, expect, it } from "vitest";
import { classifyResponder } from "./classify-responder";
import { followUpState } from "./follow-up-state";

const weak = { id: "c1", name: "Ana Ruiz", circle: "pathfinders", tie: "weak" } as const;
const sent = (date: string) => ({ contactId: "c1", type: "sent" as const, date });
const replied = (date: string) => ({ contactId: "c1", type: "replied" as const, date });

function state(interactions: unknown[], today: string, contact: object = weak) {
  const r = followUpState(contact, interactions, today);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe("followUpState (3B7)", () => {
  // Sent on Monday 2026-11-02.
  it.each([
    ["nothing sent", [], "2026-11-02", "not-started"],
    ["sent today", [sent("2026-11-02")], "2026-11-02", "waiting"],
    ["two business days", [sent("2026-11-02")], "2026-11-04", "waiting"],
    ["three business days: reach the next person", [sent("2026-11-02")], "2026-11-05", "reach-next"],
    ["six business days", [sent("2026-11-02")], "2026-11-10", "reach-next"],
    ["seven business days: follow up once", [sent("2026-11-02")], "2026-11-11", "follow-up-due"],
    ["followed up, still waiting", [sent("2026-11-02"), sent("2026-11-11")], "2026-11-16", "waiting-after-follow-up"],
    ["no reply after the follow-up: stop", [sent("2026-11-02"), sent("2026-11-11")], "2026-11-20", "stop"],
    ["replied", [sent("2026-11-02"), replied("2026-11-03")], "2026-11-20", "replied"],
    ["a later interaction is ignored", [sent("2026-11-02"), replied("2026-11-30")], "2026-11-05", "reach-next"],
  ])("%s", (_name, interactions, today, expected) => {
    expect(state(interactions, today).state).toBe(expected);
  });

  it("says when the next step is due, skipping the weekend", () => {
    const s = state([sent("2026-11-05")], "2026-11-06");
    expect(s).toMatchObject({ state: "waiting", businessDays: 1, dueOn: "2026-11-10" });
  });

  it("does not chase close ties", () => {
    expect(state([sent("2026-11-02")], "2026-11-20", { ...weak, tie: "close" }).state).toBe("not-applicable");
  });

  it("a new message after a reply starts a new round", () => {
    const s = state([sent("2026-10-01"), replied("2026-10-02"), sent("2026-11-02")], "2026-11-05");
    expect(s).toMatchObject({ state: "reach-next", sentOn: "2026-11-02", followUpsSent: 0 });
  });

  it("rejects bad input by naming the field", () => {
    const r = followUpState(weak, [{ contactId: "c1", type: "sent", date: "yesterday" }], "2026-11-02");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues[0]?.path).toBe("interactions[0].date");
  });
});

describe("classifyResponder", () => {
  const classify = (interactions: unknown[], today = "2026-12-31") => {
    const r = classifyResponder(weak, interactions, today);
    if (!r.ok) throw new Error(r.error.message);
    return r.value;
  };
  it.each([
    ["replies within 3 business days: booster", [sent("2026-11-06"), replied("2026-11-11")], "booster"],
    ["replies later: obligate", [sent("2026-11-02"), replied("2026-11-12")], "obligate"],
    ["never replies: curmudgeon", [sent("2026-11-02"), sent("2026-11-11")], "curmudgeon"],
    [
      "marked no-reply: curmudgeon",
      [sent("2026-12-29"), { contactId: "c1", type: "no-reply", date: "2026-12-30" }],
      "curmudgeon",
    ],
    ["too early to say", [sent("2026-12-28")], "unknown"],
    ["nothing sent", [], "unknown"],
  ])("%s", (_name, interactions, expected) => expect(classify(interactions)).toBe(expected));
});
