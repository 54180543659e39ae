import { describe, expect, it } from "vitest";
import type { Contact } from "../schemas/contact";
import type { Interaction } from "../schemas/interaction";
import type { PlanAction } from "../schemas/plan-item";
import { actionDone } from "./action-done";
import { planWeek } from "./plan-week";

const TODAY = "2026-11-25";
const pivot = {
  fromField: "teaching",
  toField: "learning design",
  targetRoles: [],
  stillEmployed: false,
  weeklyMinutes: 600,
};
const contact = (fields: Partial<Contact> = {}): Contact => ({
  id: "c1",
  name: "Ana Ruiz",
  circle: "backers",
  tie: "friend",
  ...fields,
});
const log = (type: Interaction["type"], date: string): Interaction => ({ contactId: "c1", type, date });

/** The plan's action for the one contact, if any. */
function planned(c: Contact, history: Interaction[]): PlanAction | undefined {
  const result = planWeek(pivot, [c], history, TODAY);
  if (!result.ok) throw new Error(result.error.message);
  return result.value.items[0]?.action;
}

/** The contact and history after the action is marked done today. */
function markDone(action: PlanAction, c: Contact, history: Interaction[]): [Contact, Interaction[]] {
  const done = actionDone(action);
  if (!done) return [c, history];
  return "log" in done ? [c, [...history, log(done.log, TODAY)]] : [{ ...c, status: done.status }, history];
}

describe("marking a plan action done", () => {
  const cases: [PlanAction, Contact, Interaction[]][] = [
    ["reach-out", contact(), []],
    ["thank", contact(), [log("sent", "2026-11-02"), log("replied", "2026-11-03"), log("helped", "2026-11-20")]],
    ["update", contact(), [log("sent", "2026-09-01"), log("helped", "2026-09-10"), log("thanked", "2026-09-11")]],
    ["follow-up", contact(), [log("sent", "2026-11-13")]],
    ["move-on", contact(), [log("sent", "2026-10-01"), log("sent", "2026-10-14")]],
  ];

  it.each(cases)("%s: the next plan no longer asks for it", (action, c, history) => {
    expect(planned(c, history)).toBe(action);
    const [after, afterHistory] = markDone(action, c, history);
    expect(planned(after, afterHistory)).not.toBe(action);
  });

  it("research is done by writing the notes, not by a record", () => {
    expect(actionDone("research")).toBeNull();
  });
});
