// Every code example in docs/*.md that uses @enlist/* runs against the built packages, and each result its
// comments show is checked, so the docs cannot drift from the code. Examples that need a running server say
// so above their fence (`<!-- example: not run, it needs a server -->`) and are the only ones left out.
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { fixturePath } from "@enlist/fixtures";
import { transform } from "esbuild";
import { afterAll, describe, expect, it } from "vitest";
import { examplesIn, instrument, sameAsShown, shownValue, REST } from "./code-examples";

const docs = fileURLToPath(new URL(".", import.meta.url));
const examples = readdirSync(docs)
  .filter((f) => f.endsWith(".md"))
  .sort()
  .flatMap((f) => examplesIn(f, readFileSync(join(docs, f), "utf8")));
const run = examples.filter((e) => !e.notRun);

// The examples run inside this folder, so that @enlist/* resolves as it does for a user, beside the files
// they read (io.md's Connections.csv).
const work = mkdtempSync(join(docs, ".examples-"));
copyFileSync(fixturePath("linkedin/enlist-synthetic-unicode-bom-crlf.csv"), join(work, "Connections.csv"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("the docs' code examples", () => {
  it("are found, and only those that need a server are left out", () => {
    expect(run.length).toBeGreaterThanOrEqual(14);
    // The results their comments show, each one a check below.
    expect(run.reduce((n, e) => n + instrument(e.code).checks.length, 0)).toBeGreaterThanOrEqual(40);
    expect(examples.filter((e) => e.notRun).map((e) => `${e.file}: ${e.notRun}`)).toEqual([
      "api.md: it needs a server",
    ]);
  });

  it.each(run.map((e) => [`${e.file}:${e.line}`, e] as const))(
    "%s runs and shows what it gives",
    async (_where, example) => {
      const { code, checks } = instrument(example.code);
      const commonJs = /\brequire\(/.test(code);
      const { code: js } = await transform(code, { loader: "ts", format: commonJs ? "cjs" : "esm", target: "node20" });
      const file = join(work, `${example.file.replace(/\W/g, "-")}-${example.line}.${commonJs ? "cjs" : "mjs"}`);
      const results: { index: number; value?: unknown; error?: unknown }[] = [];
      (globalThis as { __check?: unknown }).__check = (index: number, f: () => unknown) => {
        try {
          results.push({ index, value: f() });
        } catch (error) {
          results.push({ index, error });
        }
      };
      writeFileSync(file, js);
      process.chdir(work);
      try {
        await import(pathToFileURL(file).href);
      } finally {
        process.chdir(docs);
      }
      // Every shown result was reached, and is what the comment says.
      expect(results.map((r) => r.index).sort((a, b) => a - b)).toEqual(checks.map((_c, i) => i));
      for (const r of results) {
        const check = checks[r.index];
        expect(r.error, `line ${(check?.line ?? 0) + example.line}: ${check?.source}`).toBeUndefined();
        expect(
          sameAsShown(r.value, check?.shown),
          `line ${(check?.line ?? 0) + example.line}: ${check?.source}\n  gives ${JSON.stringify(r.value)}\n  shown ${JSON.stringify(check?.shown)}`,
        ).toBe(true);
      }
    },
  );
});

describe("how a comment is read", () => {
  it.each([
    ['"contacted"', "contacted"],
    ['"moved-on" — the end of the 3B7 steps', "moved-on"],
    ['"2026-11-30" (Friday → Monday)', "2026-11-30"],
    ["false: there is an error", false],
    ["3", 3],
  ])("%s shows %j", (comment, value) => expect(shownValue(comment)).toEqual({ value }));

  it.each([
    "the ask it makes: here right-sized to two questions",
    '{ ok: true, value: "booster" | "obligate" }',
    "0–100",
    "…",
  ])("%s is prose, not a result", (comment) => expect(shownValue(comment)).toBeUndefined());

  it("takes … as the rest of a string, an array or an object, and nothing else", () => {
    expect(sameAsShown("Study them first. Then write.", "Study them first…")).toBe(true);
    expect(sameAsShown("Study them later.", "Study them first…")).toBe(false);
    expect(sameAsShown([1, 2, 3], [1, REST])).toBe(true);
    expect(sameAsShown([2, 3], [1, REST])).toBe(false);
    expect(sameAsShown({ a: 1, b: 2 }, shownValue("{ a: 1, … }")?.value)).toBe(true);
    expect(sameAsShown({ a: 1, b: 2 }, { a: 1 })).toBe(false);
  });
});
