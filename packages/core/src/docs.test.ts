import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ASK_RULES } from "./ask/rules/registry";
import { LINT_RULES } from "./lint/rules/registry";

const repo = fileURLToPath(new URL("../../../", import.meta.url));

describe("every rule has its documentation page", () => {
  it.each([...ASK_RULES, ...LINT_RULES].map((r) => [r.id, r.meta.docs]))("%s", (id, docs) => {
    const path = `${repo}${docs}`;
    expect(existsSync(path)).toBe(true);
    expect(readFileSync(path, "utf8")).toContain(`\`${id}\``);
  });
});
