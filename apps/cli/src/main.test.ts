import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { run } from "./main";

const fixtures = fileURLToPath(new URL("./fixtures/", import.meta.url));
/** An image given where a draft belongs. */
const picture = join(mkdtempSync(join(tmpdir(), "enlist-cli-")), "photo.png");
writeFileSync(picture, Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));

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

describe("enlist lint", () => {
  it("prints findings like a linter and exits 1 on an error", async () => {
    const r = await cli([
      "lint",
      "cold-note.txt",
      "--channel",
      "email",
      "--circle",
      "leaders",
      "--tie",
      "stranger",
      "--recipient",
      "Sarah Chen",
    ]);
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      'cold-note.txt:1:4 error The greeting says "Sara" but you are writing to Sarah Chen. (greeting-name)',
    );
    expect(r.out).toMatch(/cold-note\.txt:3:1 error .*stranger.* \(ask-proportionate\)/);
    expect(r.out).toContain("Enlist reads your ask as: a coffee (in person) — unreasonable");
    expect(r.out).toMatch(/\d+ problems \(\d+ errors?, \d+ warnings?\)/);
  });

  it("exits 0 for a message that is ready", async () => {
    const r = await cli([
      "lint",
      "good-note.txt",
      "--channel",
      "email",
      "--circle",
      "leaders",
      "--tie",
      "stranger",
      "--recipient",
      "Sarah Chen",
    ]);
    expect(r).toMatchObject({ code: 0, err: "" });
    expect(r.out).toContain("no problems · score 100");
  });

  it("reads standard input and prints JSON", async () => {
    const r = await cli(
      ["lint", "-", "--channel", "linkedin-note", "--tie", "stranger", "--format", "json"],
      "Hi [Name], any openings on your team?",
    );
    const report = JSON.parse(r.out);
    expect(report.file).toBe("<stdin>");
    expect(report.findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(
      expect.arrayContaining(["placeholder", "no-job-ask"]),
    );
    expect(r.code).toBe(1);
  });

  it("turns rules off and applies the strict preset", async () => {
    const args = ["lint", "-", "--channel", "email", "--tie", "friend"];
    const text = "Hi Omar, could I pick your brain about product roles?";
    expect((await cli(args, text)).code).toBe(0);
    expect((await cli([...args, "--strict"], text)).code).toBe(1);
    expect((await cli([...args, "--strict", "--rule", "ask-specific=off"], text)).code).toBe(0);
  });

  it.each([
    [["lint", "good-note.txt"], "--channel is required"],
    [
      ["lint", "good-note.txt", "--channel", "fax"],
      '--channel must be one of email, linkedin-note, linkedin-message, text (got "fax")',
    ],
    [["lint", "missing.txt", "--channel", "email"], "cannot read missing.txt: no such file"],
    [["lint", picture, "--channel", "email"], `${picture} is not a text file`],
    [["lint", "good-note.txt", "--channel", "email", "--loud"], "Unknown option '--loud'"],
    [["lint", "good-note.txt", "--channel", "email", "--rule", "length"], "--rule takes ID=SETTING"],
    [["lint", "good-note.txt", "--channel", "email", "--rule", "length=loud"], "--rule length"],
  ])("bad usage %j exits 2 and says why", async (argv, message) => {
    const r = await cli(argv);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
  });
});

describe("enlist check-ask", () => {
  it("right-sizes a résumé review asked of a stranger, and exits 1", async () => {
    const r = await cli([
      "check-ask",
      "--kind",
      "resume-review",
      "--specifics",
      "my résumé",
      "--tie",
      "stranger",
      "--name",
      "Priya",
    ]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^unreasonable\n/);
    expect(r.out).toMatch(/ask instead: questions: two quick questions about .* \(2 questions, 10 min, async\)/);
  });

  it("reads the whole input as JSON", async () => {
    const input = {
      ask: { kind: "resume-review", specifics: "my résumé" },
      contact: { id: "c", name: "Jess", circle: "backers", tie: "close" },
    };
    const r = await cli(["check-ask", "--json", "-", "--output", "json"], JSON.stringify(input));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ level: "reasonable", rightSized: null });
  });

  it("names the field at fault", async () => {
    const r = await cli(["check-ask", "--kind", "questions", "--tie", "stranger", "--deadline", "next week"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("ask.deadline: must be a date as YYYY-MM-DD");
  });
});

describe("enlist build", () => {
  it("drafts an e-mail with a subject", async () => {
    const r = await cli([
      "build",
      "--to",
      "Sarah Chen",
      "--circle",
      "leaders",
      "--tie",
      "stranger",
      "--compliment",
      "talk on microlearning at DevLearn 2025",
      "--from",
      "Ana Ruiz",
      "--pivot",
      "teaching:instructional design",
      "--kind",
      "questions",
      "--specifics",
      "how you built your first portfolio",
      "--questions",
      "2",
    ]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Subject: .+\n\n(Hi|Hello|Dear) Sarah/);
    expect(r.out).toContain("two quick questions about how you built your first portfolio?");
  });

  it("tells when the ask was right-sized", async () => {
    const r = await cli([
      "build",
      "--to",
      "Sarah",
      "--circle",
      "leaders",
      "--tie",
      "stranger",
      "--from",
      "Ana",
      "--kind",
      "resume-review",
      "--specifics",
      "my résumé",
      "--channel",
      "linkedin-note",
    ]);
    expect(r.code).toBe(0);
    expect(r.err).toContain("the ask was too big for this relationship");
    expect(r.out.trimEnd().length).toBeLessThanOrEqual(300);
  });

  it("explains a malformed --pivot", async () => {
    const r = await cli([
      "build",
      "--to",
      "A",
      "--circle",
      "leaders",
      "--tie",
      "weak",
      "--from",
      "B",
      "--kind",
      "call",
      "--pivot",
      "teaching",
    ]);
    expect(r).toMatchObject({ code: 2 });
    expect(r.err).toContain("--pivot takes FROM:TO");
  });
});

describe("enlist plan", () => {
  it("prints this week's actions from an export", async () => {
    const r = await cli(["plan", "network.json"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Week of 2026-11-23");
    expect(r.out).toMatch(/ 1\. reach-out +Jess Moreau \(backers/);
  });

  it("names the field at fault in the file", async () => {
    const r = await cli(
      ["plan", "-"],
      JSON.stringify({ pivot: { fromField: "a", toField: "b", stillEmployed: true, weeklyMinutes: "lots" } }),
    );
    expect(r.code).toBe(2);
    expect(r.err).toContain("pivot.weeklyMinutes");
  });
});

describe("enlist", () => {
  it("lists its commands, and rejects an unknown one", async () => {
    expect((await cli(["--help"])).out).toContain("check-ask");
    const r = await cli(["lnit"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('unknown command "lnit"');
  });

  it("every command has --help", async () => {
    for (const name of ["lint", "check-ask", "build", "plan"]) {
      const r = await cli([name, "--help"]);
      expect(r.code).toBe(0);
      expect(r.out).toMatch(new RegExp(`^Usage: enlist ${name}`));
    }
  });

  it("runs as a real process through its bin", async () => {
    const bin = fileURLToPath(new URL("../bin/enlist.js", import.meta.url));
    const { stdout } = await promisify(execFile)(process.execPath, [
      bin,
      "lint",
      `${fixtures}good-note.txt`,
      "--channel",
      "email",
      "--tie",
      "stranger",
      "--circle",
      "leaders",
    ]);
    expect(stdout).toContain("ready to send");
    const failed = await promisify(execFile)(process.execPath, [
      bin,
      "lint",
      `${fixtures}cold-note.txt`,
      "--channel",
      "email",
      "--tie",
      "stranger",
    ]).catch((e: { code: number }) => e);
    expect((failed as { code: number }).code).toBe(1);
  });
});
