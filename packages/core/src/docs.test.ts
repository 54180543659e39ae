import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { RULE_DOCS_BASE } from "./rules/rule";
import { ASK_RULES } from "./ask/rules/registry";
import { LINT_RULES } from "./lint/rules/registry";

const repo = fileURLToPath(new URL("../../../", import.meta.url));
const { repository } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
  repository: { url: string };
};

describe("every rule has its documentation page", () => {
  it("links point into the repository package.json names", () => {
    const web = repository.url.replace(/^git\+/, "").replace(/\.git$/, "");
    expect(RULE_DOCS_BASE).toBe(`${web}/blob/main/docs/rules/`);
  });

  it.each([...ASK_RULES, ...LINT_RULES].map((r) => [r.id, r.meta.docs]))("%s", (id, docs) => {
    expect(docs.startsWith(RULE_DOCS_BASE)).toBe(true);
    const path = `${repo}docs/rules/${docs.slice(RULE_DOCS_BASE.length)}`;
    expect(existsSync(path)).toBe(true);
    expect(readFileSync(path, "utf8")).toContain(`\`${id}\``);
  });
});
