import type { z } from "zod";

const KINDS: Record<string, string> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "a list",
  object: "an object",
  date: "a date",
};
const FORMATS: Record<string, string> = {
  email: "an e-mail address",
  url: "a web address (https://…)",
  uuid: "an id",
  date: "a date (YYYY-MM-DD)",
  datetime: "a date and time",
};

/**
 * A validation issue as a clause a person can read after the field's name — "must not be empty", "must be at
 * most 200 characters" — instead of zod's "Too small: expected string to have >=1 characters". Messages the
 * schemas wrote themselves (lower case, "must …") are kept as they are.
 */
export function issueMessage(issue: z.core.$ZodIssue): string {
  if (/^[a-z]/.test(issue.message)) return issue.message;
  switch (issue.code) {
    case "too_small": {
      const n = Number(issue.minimum);
      if (issue.origin === "string") return n <= 1 ? "must not be empty" : `must be at least ${n} characters`;
      if (issue.origin === "array" || issue.origin === "set")
        return n <= 1 ? "must list at least one" : `must list at least ${n}`;
      return `must be ${issue.inclusive ? "at least" : "more than"} ${n}`;
    }
    case "too_big": {
      const n = Number(issue.maximum);
      if (issue.origin === "string") return `must be at most ${n} characters`;
      if (issue.origin === "array" || issue.origin === "set") return `must list at most ${n}`;
      return `must be ${issue.inclusive ? "at most" : "less than"} ${n}`;
    }
    case "invalid_type":
      // zod reports the input only when asked to; its message says what it received.
      return /received undefined$/.test(issue.message)
        ? "is required"
        : `must be ${KINDS[issue.expected] ?? issue.expected}`;
    case "invalid_format":
      return `must be ${FORMATS[issue.format] ?? "in the expected format"}`;
    case "invalid_value":
      return issue.values.length === 1
        ? `must be ${JSON.stringify(issue.values[0])}`
        : `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
    case "unrecognized_keys":
      return `has ${issue.keys.length === 1 ? "a field" : "fields"} Enlist does not know: ${issue.keys.join(", ")}`;
    case "not_multiple_of":
      return `must be a multiple of ${issue.divisor}`;
    default:
      return "is not valid";
  }
}
