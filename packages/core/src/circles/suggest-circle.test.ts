import { describe, expect, it } from "vitest";
import { CIRCLES, fillQuestion } from "./circles";
import { suggestCircle } from "./suggest-circle";
import { TIARA_QUESTIONS } from "./tiara";

const pivot = { fromField: "teaching", toField: "instructional design", targetRoles: ["learning experience designer"], stillEmployed: true, weeklyMinutes: 60 };

describe("suggestCircle", () => {
  it.each([
    ["a close tie is a backer", { name: "Mum", tie: "close", role: "Head of Instructional Design" }, "backers", "high"],
    ["someone who moved from the user's field to the target is a pathfinder",
      { name: "Ana", tie: "weak", role: "Instructional Designer", transition: { from: "High-school Teacher", to: "Instructional Designer" } }, "pathfinders", "high"],
    ["someone who moved into the target from elsewhere is a pathfinder, less surely",
      { name: "Raj", transition: { from: "nursing", to: "instructional design" } }, "pathfinders", "medium"],
    ["someone senior in the target field is a leader", { name: "Lee", role: "Director, Instructional Design", company: "Coursera" }, "leaders", "high"],
    ["a target role counts as the target field", { name: "Kim", role: "Lead Learning Experience Designer" }, "leaders", "high"],
    ["a friend outside the field is a backer", { name: "Tom", tie: "friend", role: "Accountant" }, "backers", "medium"],
    ["a junior person in the field is a leader to study", { name: "Jo", role: "Instructional designer" }, "leaders", "medium"],
    ["nothing known", { name: "Someone" }, "backers", "low"],
  ])("%s", (_name, contact, circle, confidence) => {
    const r = suggestCircle(contact, pivot);
    expect(r).toMatchObject({ ok: true, value: { circle, confidence } });
    if (r.ok) expect(r.value.reason).toContain(contact.name);
  });

  it("rejects a contact without a name and a pivot without a target", () => {
    expect(suggestCircle({ role: "x" }, pivot)).toMatchObject({ ok: false, error: { issues: [{ path: "contact.name" }] } });
    expect(suggestCircle({ name: "A" }, { ...pivot, toField: " " })).toMatchObject({ ok: false, error: { issues: [{ path: "pivot.toField" }] } });
  });
});

describe("CIRCLES", () => {
  it("describes all three circles, leaders starting with the smallest ask", () => {
    expect(Object.keys(CIRCLES)).toEqual(["backers", "leaders", "pathfinders"]);
    expect(CIRCLES.leaders.firstContactAsks).toEqual(["questions"]);
    expect(CIRCLES.leaders.questionBank).toContain(TIARA_QUESTIONS.trends[0]);
  });

  it("fills the pivot into a question", () => {
    const q = CIRCLES.pathfinders.questionBank[0] ?? "";
    expect(fillQuestion(q, pivot)).toBe("What was the single most useful step in your move from teaching to instructional design?");
  });
});
