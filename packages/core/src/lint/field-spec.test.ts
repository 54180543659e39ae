import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CHANNELS, CIRCLE_IDS, MESSAGE_PURPOSES, TIES } from "../schemas/enum-values";
import { parseArg } from "../result";
import { validateFields } from "./field-spec";
import { LintContext, LintOptions } from "./lint-context";
import { LINT_CONTEXT_FIELDS, LINT_OPTIONS_FIELDS, RULE_SETTINGS } from "./lint-context-fields";

// The linter checks its input without zod; these properties hold it to exactly what the zod schemas accept.
const almost = <T>(good: readonly T[]) => fc.oneof(fc.constantFrom(...good), fc.constant(undefined), fc.anything());
const arbContext = fc.oneof(
  fc.record(
    {
      channel: almost(CHANNELS),
      subject: fc.oneof(fc.string({ maxLength: 20 }), fc.constant("x".repeat(10_001)), fc.anything()),
      circle: almost(CIRCLE_IDS),
      tie: almost(TIES),
      recipientName: fc.oneof(fc.string(), fc.constant("x".repeat(201)), fc.integer()),
      currentColleague: fc.oneof(fc.boolean(), fc.anything()),
      stillEmployed: fc.boolean(),
      firstContact: fc.boolean(),
      linkedInFreeAccount: fc.oneof(fc.boolean(), fc.constant("yes")),
      purpose: almost(MESSAGE_PURPOSES),
      extra: fc.anything(),
    },
    { requiredKeys: [] },
  ),
  fc.anything(),
);
const arbOptions = fc.oneof(
  fc.record(
    {
      preset: almost(["recommended", "strict"]),
      rules: fc.oneof(fc.dictionary(fc.constantFrom("length", "placeholder"), almost(RULE_SETTINGS)), fc.anything()),
    },
    { requiredKeys: [] },
  ),
  fc.anything(),
);

describe("validateFields agrees with the zod schemas built from the same fields", () => {
  it("for the lint context", () => {
    fc.assert(
      fc.property(arbContext, (input) => {
        const mine = validateFields(LINT_CONTEXT_FIELDS, input, "context");
        const zods = parseArg(LintContext, input, "context");
        expect(mine.ok).toBe(zods.ok);
        if (mine.ok && zods.ok) expect(mine.value).toEqual(zods.value);
        // The same fields at fault; zod may report one field twice (`{ length: 1 }` fails as a string and its max).
        if (!mine.ok && !zods.ok)
          expect([...new Set(mine.error.issues.map((i) => i.path))]).toEqual([
            ...new Set(zods.error.issues.map((i) => i.path)),
          ]);
      }),
      { numRuns: 1000 },
    );
  });

  it("for the lint options", () => {
    fc.assert(
      fc.property(arbOptions, (input) => {
        const mine = validateFields(LINT_OPTIONS_FIELDS, input, "options");
        const zods = parseArg(LintOptions, input, "options");
        expect(mine.ok).toBe(zods.ok);
        if (!mine.ok && !zods.ok) expect(mine.error.issues[0]?.path).toBe(zods.error.issues[0]?.path);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("paths name fields whatever their keys hold", () => {
  it("a rule id that starts with a bracket is a field, not an index", () => {
    const mine = validateFields(LINT_OPTIONS_FIELDS, { rules: { "[": false } }, "options");
    const zods = parseArg(LintOptions, { rules: { "[": false } }, "options");
    expect(!mine.ok && mine.error.issues[0]?.path).toBe("options.rules.[");
    expect(!zods.ok && zods.error.issues[0]?.path).toBe("options.rules.[");
  });
});
