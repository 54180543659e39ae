import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ASK_FORMATS, ASK_KINDS } from "../schemas/ask";
import { TIES } from "../schemas/tie";
import { checkAsk } from "./check-ask";

const today = "2026-11-25";
const pivot = {
  fromField: "teaching",
  toField: "instructional design",
  targetRoles: ["instructional designer"],
  stillEmployed: true,
  weeklyMinutes: 120,
};
const stranger = { id: "c1", name: "Priya Raman", circle: "leaders", tie: "stranger" } as const;
const resumeReview = { kind: "resume-review", specifics: "my résumé for instructional designer roles" } as const;

function verdict(ask: unknown, contact: unknown, context: unknown = { today, pivot }) {
  const result = checkAsk(ask, contact, context);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe("checkAsk: the examples from the specification", () => {
  it("a stranger asked for a résumé review: unreasonable, right-sized to two questions by e-mail", () => {
    const v = verdict(resumeReview, stranger);
    expect(v.level).toBe("unreasonable");
    expect(v.rightSized).toMatchObject({ kind: "questions", questions: 2, format: "async" });
    expect(v.findings.map((f) => f.ruleId)).toContain("proportionate");
  });

  it("the same ask of a close friend: reasonable, nothing to right-size", () => {
    const v = verdict(resumeReview, { ...stranger, circle: "backers", tie: "close" });
    expect(v.level).toBe("reasonable");
    expect(v.findings).toEqual([]);
    expect(v.rightSized).toBeNull();
  });

  it("a weak tie asked to drive across town at rush hour for coffee tomorrow: unreasonable", () => {
    const ask = {
      kind: "coffee",
      specifics: "coffee downtown at 5:30pm to talk about course design",
      format: "in-person",
      travelMinutes: 45,
      minutes: 60,
      deadline: "2026-11-26",
    };
    const v = verdict(ask, { ...stranger, tie: "weak" });
    expect(v.level).toBe("unreasonable");
    expect(new Set(v.findings.map((f) => f.ruleId))).toEqual(new Set(["proportionate", "no-ambush"]));
    expect(v.cost).toMatchObject({ travelMinutes: 45, pressureDays: 1, format: "in-person" });
    expect(v.rightSized?.format).not.toBe("in-person");
  });

  it("a pathfinder asked for 15 hours of mentoring before any contact: unreasonable", () => {
    const ask = {
      kind: "mentorship",
      specifics: "mentoring on moving into instructional design",
      minutes: 900,
      recurring: true,
    };
    const v = verdict(ask, { ...stranger, circle: "pathfinders" });
    expect(v.level).toBe("unreasonable");
    expect(v.findings.map((f) => f.ruleId)).toEqual(expect.arrayContaining(["proportionate", "bounded", "ladder"]));
    expect(v.cost.commitment).toBe(true);
  });

  it("a current colleague asked for an introduction to another company while still employed: discretion", () => {
    const ask = { kind: "introduction", specifics: "an introduction to Maria López at Duolingo", minutes: 15 };
    const v = verdict(ask, { ...stranger, circle: "backers", tie: "friend", currentColleague: true });
    expect(v.findings.map((f) => f.ruleId)).toEqual(["discretion"]);
    // Telling a current colleague about the move while still employed is an error, not a stretch.
    expect(v.level).toBe("unreasonable");
  });
});

describe("checkAsk: cost and allowance", () => {
  it("shows the cost against the allowance raised by rapport, at most to friend", () => {
    const interactions = ["replied", "met", "helped", "helped"].map((type, i) => ({
      contactId: "c1",
      type,
      date: `2026-10-0${i + 1}`,
    }));
    const v = verdict({ kind: "questions", specifics: "two questions about storyboarding", questions: 2 }, stranger, {
      today,
      interactions,
    });
    expect(v.cost.rapport).toBe(4);
    expect(v.cost.allowance).toMatchObject({ tie: "friend", minutes: 60, travelMinutes: 30 });
    expect(v.cost.minutes).toBe(10);
  });

  it("a rule set to off is not run; a rule given a severity reports at it", () => {
    const off = verdict(resumeReview, stranger, { today, rules: { proportionate: "off", ladder: "off" } });
    expect(off.findings.map((f) => f.ruleId)).not.toContain("proportionate");
    const info = verdict(resumeReview, stranger, { today, rules: { proportionate: "info", ladder: "info" } });
    expect(info.findings.filter((f) => f.ruleId === "proportionate").every((f) => f.severity === "info")).toBe(true);
  });
});

describe("checkAsk: bad input is a value, never a throw", () => {
  it.each([
    ["no ask", undefined, stranger, { today }, "ask"],
    ["an unknown kind", { kind: "kidney", specifics: "x" }, stranger, { today }, "ask.kind"],
    ["negative minutes", { ...resumeReview, minutes: -5 }, stranger, { today }, "ask.minutes"],
    ["a contact with no tie", resumeReview, { id: "x", name: "X", circle: "leaders" }, { today }, "contact.tie"],
    ["a bad e-mail", resumeReview, { ...stranger, email: "not-an-email" }, { today }, "contact.email"],
    ["no today", resumeReview, stranger, {}, "context.today"],
    ["an impossible date", resumeReview, stranger, { today: "2026-02-30" }, "context.today"],
    [
      "a bad interaction",
      resumeReview,
      stranger,
      { today, interactions: [{ contactId: "c1", type: "waved", date: today }] },
      "context.interactions[0].type",
    ],
  ])("%s names the field", (_name, ask, contact, context, path) => {
    const result = checkAsk(ask, contact, context);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.issues[0]?.path).toBe(path);
      expect(result.error.message.startsWith(path)).toBe(true);
    }
  });
});

const arbAsk = fc.record(
  {
    kind: fc.constantFrom(...ASK_KINDS),
    specifics: fc.constantFrom(
      "",
      "let me know if you can help",
      "two questions about storyboarding",
      "an introduction to Maria López",
      "my résumé",
      "coffee to talk about course design",
    ),
    format: fc.constantFrom(...ASK_FORMATS),
    minutes: fc.integer({ min: 0, max: 2000 }),
    travelMinutes: fc.integer({ min: 0, max: 120 }),
    deadline: fc.constantFrom("2026-11-25", "2026-11-26", "2026-11-28", "2026-12-20", "2026-11-01"),
    recurring: fc.boolean(),
    questions: fc.integer({ min: 0, max: 12 }),
  },
  { requiredKeys: ["kind", "specifics"] },
);

const arbContact = fc.record({
  id: fc.constant("c1"),
  name: fc.constant("Priya Raman"),
  circle: fc.constantFrom("backers", "leaders", "pathfinders"),
  tie: fc.constantFrom(...TIES),
  currentColleague: fc.boolean(),
});

const arbContext = fc.record({
  today: fc.constant(today),
  pivot: fc.constant(pivot),
  interactions: fc.array(
    fc.record({
      contactId: fc.constantFrom("c1", "c2"),
      type: fc.constantFrom("sent", "replied", "met", "helped", "declined"),
      date: fc.constantFrom("2026-09-01", "2026-11-20"),
    }),
    { maxLength: 4 },
  ),
  grantedAsks: fc.array(fc.constantFrom(...ASK_KINDS), { maxLength: 2 }),
});

describe("checkAsk: properties", () => {
  it("a right-sized ask is always reasonable for the same contact and context", () => {
    fc.assert(
      fc.property(arbAsk, arbContact, arbContext, (ask, contact, context) => {
        const v = verdict(ask, contact, context);
        if (v.level === "reasonable") return v.rightSized === null;
        if (v.rightSized === null) return true;
        return verdict(v.rightSized, contact, context).level === "reasonable";
      }),
      { numRuns: 500 },
    );
  });

  it("the level follows the worst finding", () => {
    fc.assert(
      fc.property(arbAsk, arbContact, arbContext, (ask, contact, context) => {
        const v = verdict(ask, contact, context);
        const worst = v.findings.some((f) => f.severity === "error")
          ? "unreasonable"
          : v.findings.some((f) => f.severity === "warning")
            ? "stretch"
            : "reasonable";
        return v.level === worst;
      }),
    );
  });

  it("never throws on arbitrary data", () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (a, c, x) => typeof checkAsk(a, c, x).ok === "boolean"),
    );
  });
});
