import { describe, expect, it } from "vitest";
import { z } from "zod";
import { issueMessage } from "./issue-message";

const first = (schema: z.ZodType, value: unknown) => {
  const r = schema.safeParse(value);
  if (r.success) throw new Error("expected a failure");
  return issueMessage(r.error.issues[0] as z.core.$ZodIssue);
};

describe("issueMessage", () => {
  it.each<[string, z.ZodType, unknown, string]>([
    ["an empty name", z.string().trim().min(1), "  ", "must not be empty"],
    ["a short password", z.string().min(10), "abc", "must be at least 10 characters"],
    ["a long name", z.string().max(200), "x".repeat(201), "must be at most 200 characters"],
    ["a number over its limit", z.number().max(10), 11, "must be at most 10"],
    ["a negative count", z.number().min(0), -1, "must be at least 0"],
    ["a missing field", z.object({ name: z.string() }), {}, "is required"],
    ["a field of the wrong type", z.object({ trusted: z.boolean() }), { trusted: "yes" }, "must be true or false"],
    ["a fraction for a whole number", z.number().int(), 1.5, "must be a whole number"],
    ["an e-mail that is not one", z.email(), "ana", "must be an e-mail address"],
    ["a web address that is not one", z.url(), "nope", "must be a web address (https://…)"],
    ["a value outside a list", z.enum(["stranger", "weak"]), "boss", 'must be one of "stranger", "weak"'],
    ["an empty list", z.array(z.string()).min(1), [], "must list at least one"],
    ["a field nobody knows", z.object({}).strict(), { colour: "red" }, "has a field Enlist does not know: colour"],
  ])("%s", (_what, schema, value, message) => {
    expect(first(schema, value)).toBe(message);
  });

  it("keeps what a schema says in its own words", () => {
    expect(first(z.string().min(10, "must be at least 10 characters long, like a short sentence"), "abc")).toBe(
      "must be at least 10 characters long, like a short sentence",
    );
  });
});
