import { describe, expect, it } from "vitest";
import { linkedInSearch } from "./linkedin-search";

const pivot = {
  fromField: "teacher",
  toField: "instructional designer",
  targetRoles: [],
  stillEmployed: false,
  weeklyMinutes: 60,
};

describe("linkedInSearch", () => {
  it("finds pathfinders by former and current role", () => {
    const r = linkedInSearch(pivot, "pathfinders");
    expect(r.ok && r.value[0]?.query).toBe(
      '("former teacher" OR "ex-teacher" OR "previously teacher") AND "instructional designer"',
    );
  });

  it("finds leaders by seniority in the target field, without recruiters", () => {
    const r = linkedInSearch({ ...pivot, targetRoles: ["learning designer"] }, "leaders");
    expect(r.ok && r.value[0]?.query).toBe(
      '("instructional designer" OR "learning designer") AND ("head of" OR "director" OR "principal" OR "lead" OR "founder")',
    );
    expect(r.ok && r.value[1]?.query).toMatch(/NOT recruiter$/);
  });

  it("strips quotes that would break a phrase", () => {
    const r = linkedInSearch({ ...pivot, toField: 'UX "research"' }, "backers");
    expect(r.ok && r.value[0]?.query).toBe('"UX research"');
  });

  it("balances its parentheses and quotes", () => {
    for (const circle of ["backers", "leaders", "pathfinders"]) {
      const r = linkedInSearch({ ...pivot, targetRoles: ["a", "b"] }, circle);
      for (const { query } of r.ok ? r.value : []) {
        expect(query.split("(").length).toBe(query.split(")").length);
        expect(query.split('"').length % 2).toBe(1);
      }
    }
  });

  it("rejects an unknown circle", () => {
    expect(linkedInSearch(pivot, "frenemies")).toMatchObject({ ok: false, error: { issues: [{ path: "circle" }] } });
  });
});
