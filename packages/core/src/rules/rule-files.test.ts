import { readdirSync } from "node:fs";
import { basename } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ASK_RULES } from "../ask/rules/registry";
import { LINT_RULES } from "../lint/rules/registry";
import { docsUrl, type Rule } from "./rule";

const isRule = (v: unknown): v is Rule<unknown, unknown> =>
  typeof v === "object" &&
  v !== null &&
  typeof (v as Rule<unknown, unknown>).id === "string" &&
  typeof (v as Rule<unknown, unknown>).check === "function";

/** Each rule module in a folder, by its file name, with the rules it exports. */
async function ruleFiles(folder: string) {
  const dir = fileURLToPath(new URL(folder, import.meta.url));
  const files = readdirSync(dir).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"));
  const modules = await Promise.all(
    files.map(async (f) => [basename(f, ".ts"), Object.values(await import(`${folder}${f}`)).filter(isRule)] as const),
  );
  return modules.filter(([, rules]) => rules.length > 0);
}

describe.each([
  ["ask rules", "../ask/rules/", ASK_RULES, 7],
  ["message rules", "../lint/rules/", LINT_RULES, 20],
] as const)("%s", (_kind, folder, registry, count) => {
  it("every rule has an id equal to its file's name, and its file holds that rule alone", async () => {
    const files = await ruleFiles(folder);
    for (const [file, rules] of files)
      expect(
        rules.map((r) => r.id),
        `${folder}${file}.ts`,
      ).toEqual([file]);
    // The registry lists exactly the rules those files hold, each once.
    expect(registry.map((r) => r.id).sort()).toEqual(files.map(([file]) => file).sort());
    expect(registry).toHaveLength(count);
  });

  it.each(registry.map((r) => [r.id, r] as const))("%s has a description and its docs page", (id, rule) => {
    expect(rule.meta.docs).toBe(docsUrl(id));
    expect(rule.meta.description.length).toBeGreaterThan(10);
  });
});
