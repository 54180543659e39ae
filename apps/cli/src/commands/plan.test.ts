import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { run } from "../main";

const fixtures = fileURLToPath(new URL("../fixtures/", import.meta.url));

async function cli(argv: string[], stdin = "") {
  let out = "";
  let err = "";
  const code = await run(argv, {
    stdout: (s) => (out += s),
    stderr: (s) => (err += s),
    readStdin: async () => stdin,
    today: () => "2026-11-25",
    cwd: fixtures,
  });
  return { code, out, err };
}

// The still-employed teacher's network, as an export gives it: no colleague flags, only companies.
const teacher = {
  pivot: {
    fromField: "teaching",
    toField: "instructional design",
    targetRoles: ["instructional designer"],
    stillEmployed: true,
    weeklyMinutes: 120,
  },
  contacts: [
    {
      id: "ap",
      name: "Maria Lopez",
      circle: "backers",
      tie: "friend",
      role: "Assistant Principal",
      company: "Lincoln High School",
    },
    { id: "fr", name: "Jess Moreau", circle: "backers", tie: "acquaintance", company: "St. Mary's Hospital" },
  ],
  interactions: [],
};

describe("enlist plan with a current employer", () => {
  it("keeps the move from colleagues at the employer given with --employer, and says so", async () => {
    const r = await cli(["plan", "-", "--employer", "Lincoln High"], JSON.stringify(teacher));
    expect(r).toMatchObject({ code: 0, err: "" });
    expect(r.out).toMatch(/ 1\. reach-out +Jess Moreau \(backers/);
    expect(r.out).not.toMatch(/reach-out +Maria Lopez/);
    expect(r.out).toContain(
      "Kept from your move while you are still employed (1):\n  Maria Lopez (backers)\n    Maria Lopez works at Lincoln High School, your current employer.",
    );
  });

  it("reads the employer from the file's pivot, and lets a trusted colleague back in", async () => {
    const filed = { ...teacher, pivot: { ...teacher.pivot, currentEmployer: "Lincoln High School" } };
    expect((await cli(["plan", "-"], JSON.stringify(filed))).out).toContain("Kept from your move");
    const trusted = { ...filed, contacts: filed.contacts.map((c) => (c.id === "ap" ? { ...c, trusted: true } : c)) };
    const r = await cli(["plan", "-", "--output", "json"], JSON.stringify(trusted));
    const week = JSON.parse(r.out) as { items: { contactId: string }[]; heldBack: { count: number } };
    expect(week.items[0]?.contactId).toBe("ap");
    expect(week.heldBack.count).toBe(0);
  });

  it("without an employer, nothing tells the plan who her colleagues are: her assistant principal comes first", async () => {
    expect((await cli(["plan", "-"], JSON.stringify(teacher))).out).toMatch(/ 1\. reach-out +Maria Lopez/);
  });

  it("refuses a blank --employer, and names an over-long one as the pivot's field", async () => {
    const blank = await cli(["plan", "-", "--employer", " "], JSON.stringify(teacher));
    expect(blank.code).toBe(2);
    expect(blank.err).toContain("--employer must name your current employer");
    const long = await cli(["plan", "-", "--employer", "x".repeat(201)], JSON.stringify(teacher));
    expect(long.code).toBe(2);
    expect(long.err).toContain("pivot.currentEmployer");
  });
});
