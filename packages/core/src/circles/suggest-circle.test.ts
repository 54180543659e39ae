import { describe, expect, it } from "vitest";
import { CIRCLES, fillQuestion } from "./circles";
import { suggestCircle } from "./suggest-circle";
import { TIARA_QUESTIONS } from "./tiara";

const pivot = {
  fromField: "teaching",
  toField: "instructional design",
  targetRoles: ["learning experience designer"],
  stillEmployed: true,
  weeklyMinutes: 60,
};

describe("suggestCircle", () => {
  it.each([
    ["a close tie is a backer", { name: "Mum", tie: "close", role: "Head of Instructional Design" }, "backers", "high"],
    [
      "someone who moved from the user's field to the target is a pathfinder",
      {
        name: "Ana",
        tie: "weak",
        role: "Instructional Designer",
        transition: { from: "High-school Teacher", to: "Instructional Designer" },
      },
      "pathfinders",
      "high",
    ],
    [
      "someone who moved into the target from elsewhere is a pathfinder, less surely",
      { name: "Raj", transition: { from: "nursing", to: "instructional design" } },
      "pathfinders",
      "medium",
    ],
    [
      "someone senior in the target field is a leader",
      { name: "Lee", role: "Director, Instructional Design", company: "Coursera" },
      "leaders",
      "high",
    ],
    [
      "a target role counts as the target field",
      { name: "Kim", role: "Lead Learning Experience Designer" },
      "leaders",
      "high",
    ],
    ["a friend outside the field is a backer", { name: "Tom", tie: "friend", role: "Accountant" }, "backers", "medium"],
    [
      "someone in the field with no rank is a leader to study, unsurely",
      { name: "Jo", role: "Instructional designer" },
      "leaders",
      "low",
    ],
    ["nothing known is no circle yet", { name: "Someone" }, null, "low"],
  ])("%s", (_name, contact, circle, confidence) => {
    const r = suggestCircle(contact, pivot);
    expect(r).toMatchObject({ ok: true, value: { circle, confidence } });
    if (r.ok) expect(r.value.reason).toContain(contact.name);
  });

  const ux = {
    fromField: "Teaching",
    toField: "UX Research",
    targetRoles: ["UX Researcher", "User Researcher"],
    stillEmployed: true,
    weeklyMinutes: 60,
  };
  const circleOf = (contact: Record<string, unknown>, p: unknown = ux) => {
    const r = suggestCircle({ name: "Ana", tie: "weak", ...contact }, p);
    return r.ok ? r.value.circle : r.error.message;
  };

  it.each([
    // Moves read from the headline or the role make a pathfinder.
    ["UX Researcher | ex-middle school teacher", "pathfinders"],
    ["Learning Experience Designer (ex-teacher)", null],
    ["Teacher → UX Researcher", "pathfinders"],
    ["Teacher turned User Researcher", "pathfinders"],
    ["Former teacher | Now UX Researcher at Indeed", "pathfinders"],
    ["Now: Product Researcher at Canva. Previously: middle school teacher", "pathfinders"],
    ["UX Research Associate | Career changer from K-12 education", "pathfinders"],
    ["Instructional Designer → UX Researcher", "pathfinders"],
    // An employer is no move; rank counts only in the target field.
    ["Research Lead, Design @ Figma | Ex-IDEO", "leaders"],
    ["Ex-Google | Sales Director, EMEA", null],
    ["Research Scientist, OpenAI", null],
    ["Director of Finance at Kraft Heinz", null],
    ["Head of UX Research at Shopify", "leaders"],
    // Moves elsewhere, aims and first steps are no circle yet.
    ["Former teacher | Now Real Estate Agent @ Compass", null],
    ["Aspiring UX Researcher | Google UX Design Certificate | Open to work", null],
    ["Teacher | Aspiring UX Researcher", null],
    ["UX Research Intern @ Adobe | HCI Student", null],
    ["5th Grade Teacher at Lincoln Elementary", null],
    ["Retired | Former Head of UX Research at IBM", "leaders"],
  ])("%s → %s", (role, circle) => expect(circleOf({ role })).toBe(circle));

  it("reads a profile's headline beside its position", () => {
    expect(
      circleOf({ headline: "Teacher turned UX Researcher | Helping educators break into UX", role: "UX Researcher" }),
    ).toBe("pathfinders");
    expect(circleOf({ role: "UX Researcher" })).toBe("leaders");
  });

  it("says why a contact is in no circle, and why they are where they are", () => {
    const reason = (role: string) => {
      const r = suggestCircle({ name: "Ana", tie: "weak", role }, ux);
      return r.ok ? r.value.reason : "";
    };
    expect(reason("UX Researcher | ex-middle school teacher")).toBe(
      "Ana moved from middle school teacher to UX Researcher, the move you are making.",
    );
    expect(reason("Director of Finance")).toBe(
      "Ana works outside UX Research (Director of Finance), with no move into it known.",
    );
    expect(reason("UX Research Intern")).toBe(
      "Ana is starting out in UX Research (UX Research Intern): not a leader yet, and no move into it is known.",
    );
    expect(reason("High school teacher")).toBe(
      "Ana works in Teaching (High school teacher), as you do now: no leader or pathfinder for UX Research.",
    );
    expect(reason("Former teacher")).toBe("Nothing says Ana works in UX Research now (formerly teacher).");
  });

  it("keeps close ties and friends backers, whatever their work, and names the move a friend made", () => {
    const friend = suggestCircle({ name: "Ana", tie: "friend", role: "Teacher → UX Researcher" }, ux);
    expect(friend).toMatchObject({ ok: true, value: { circle: "backers", confidence: "medium" } });
    if (friend.ok) expect(friend.value.reason).toContain("moved from Teacher to UX Researcher");
    expect(circleOf({ tie: "close", role: "Director of Finance" })).toBe("backers");
    expect(circleOf({ tie: "friend", role: "Head of UX Research" })).toBe("backers");
  });

  it("a move from the user's own field is surer than one from elsewhere", () => {
    const from = (role: string) => {
      const r = suggestCircle({ name: "Ana", role }, ux);
      return r.ok ? [r.value.circle, r.value.confidence] : [];
    };
    expect(from("UX Researcher (ex-teacher)")).toEqual(["pathfinders", "high"]);
    expect(from("UX Researcher (ex-nurse)")).toEqual(["pathfinders", "medium"]);
  });

  it("answers for each pivot in turn, the same contact differently", () => {
    const role = "Learning Experience Designer (ex-teacher)";
    expect(circleOf({ role }, ux)).toBe(null);
    expect(circleOf({ role }, pivot)).toBe("pathfinders");
    expect(circleOf({ role }, ux)).toBe(null);
  });

  it("rejects a contact without a name and a pivot without a target", () => {
    expect(suggestCircle({ role: "x" }, pivot)).toMatchObject({
      ok: false,
      error: { issues: [{ path: "contact.name" }] },
    });
    expect(suggestCircle({ name: "A" }, { ...pivot, toField: " " })).toMatchObject({
      ok: false,
      error: { issues: [{ path: "pivot.toField" }] },
    });
    expect(suggestCircle({ name: "A", headline: 42 }, pivot)).toMatchObject({
      ok: false,
      error: { issues: [{ path: "contact.headline" }] },
    });
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
    expect(fillQuestion(q, pivot)).toBe(
      "What was the single most useful step in your move from teaching to instructional design?",
    );
  });
});
