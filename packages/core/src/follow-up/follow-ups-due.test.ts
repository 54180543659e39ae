import { describe, expect, it } from "vitest";
import { followUpsDue } from "./follow-ups-due";

const contacts = [
  { id: "a", name: "Ana Ruiz", circle: "pathfinders", tie: "weak" },
  { id: "b", name: "Bo Chan", circle: "leaders", tie: "stranger" },
  { id: "c", name: "Mum", circle: "backers", tie: "close" },
  { id: "d", name: "Dee", circle: "backers", tie: "friend" },
];
const interactions = [
  { contactId: "a", type: "sent", date: "2026-11-02" },
  { contactId: "b", type: "sent", date: "2026-11-20" },
  { contactId: "c", type: "sent", date: "2026-11-02" },
  { contactId: "d", type: "sent", date: "2026-11-02" },
  { contactId: "d", type: "replied", date: "2026-11-03" },
];

describe("followUpsDue", () => {
  it("lists the outreach still in play, soonest step first, with a title for each", () => {
    const r = followUpsDue(contacts, interactions, "2026-11-25");
    expect(r.ok && r.value.map((d) => [d.contactId, d.state, d.dueOn, d.title])).toEqual([
      ["a", "follow-up-due", "2026-11-11", "Follow up with Ana Ruiz"],
      ["b", "reach-next", "2026-12-01", "No reply from Bo Chan: reach the next person"],
    ]);
  });

  it("names the field at fault", () => {
    expect(followUpsDue(contacts, [{ contactId: "a", type: "sent", date: "soon" }], "2026-11-25")).toMatchObject({
      ok: false,
      error: { issues: [{ path: "interactions[0].date" }] },
    });
  });
});
