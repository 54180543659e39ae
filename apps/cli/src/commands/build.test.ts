import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { run } from "../main";

const fixtures = fileURLToPath(new URL("../fixtures/", import.meta.url));

async function cli(argv: string[]) {
  let out = "";
  let err = "";
  const code = await run(argv, {
    stdout: (s) => (out += s),
    stderr: (s) => (err += s),
    readStdin: async () => "",
    today: () => "2026-11-25",
    cwd: fixtures,
  });
  return { code, out, err };
}

// A note to the assistant principal of the teacher's own school, asking about curriculum work.
const toColleague = [
  "build",
  "--to",
  "Maria Lopez",
  "--circle",
  "backers",
  "--tie",
  "friend",
  "--from",
  "Ruth Adams",
  "--pivot",
  "teaching:instructional design",
  "--still-employed",
  "--kind",
  "questions",
  "--specifics",
  "how the new curriculum units were designed",
  "--company",
  "Lincoln High",
];
const MOVE = "I'm moving from teaching into instructional design";

describe("enlist build with a current employer", () => {
  it("writes to someone at the employer as a colleague: nothing of the move, and says why", async () => {
    const plain = await cli(toColleague);
    expect(plain.out).toContain(MOVE);
    const r = await cli([...toColleague, "--employer", "Lincoln High School"]);
    expect(r.code).toBe(0);
    expect(r.out).not.toContain(MOVE);
    expect(r.err).toContain(
      "enlist: Works at Lincoln High, your current employer (Lincoln High School). The draft keeps your move out of it (--trusted if you have told them).",
    );
  });

  it("writes openly to a colleague who has been told", async () => {
    const r = await cli([...toColleague, "--employer", "Lincoln High School", "--trusted"]);
    expect(r.out).toContain(MOVE);
    expect(r.err).not.toContain("your current employer");
  });

  it("refuses a blank --employer", async () => {
    const r = await cli([...toColleague, "--employer", ""]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("--employer must name your current employer");
  });
});
