import type { InputIssue, Result } from "../result";

/**
 * A flat object described as data. The message linter's inputs are described this way once: the zod
 * schemas the API and the web app use are built from the description (lint-context.ts), and the linter
 * checks its input against the same description here, without zod, so that a browser bundle holding only
 * lintMessage stays small.
 */
export type FieldSpec =
  | { kind: "enum"; values: readonly string[]; required?: true }
  | { kind: "text"; max: number; required?: true }
  | { kind: "flag"; required?: true }
  | { kind: "settings"; values: readonly string[]; required?: true };

export type FieldsSpec = Readonly<Record<string, FieldSpec>>;

function fieldIssue(spec: FieldSpec, value: unknown, path: string): InputIssue[] {
  switch (spec.kind) {
    case "enum":
      return typeof value === "string" && spec.values.includes(value)
        ? []
        : [{ path, message: `must be one of ${spec.values.join(", ")}` }];
    case "text":
      if (typeof value !== "string") return [{ path, message: "must be text" }];
      return value.length > spec.max ? [{ path, message: `must be at most ${spec.max} characters` }] : [];
    case "flag":
      return typeof value === "boolean" ? [] : [{ path, message: "must be true or false" }];
    case "settings": {
      if (typeof value !== "object" || value === null || Array.isArray(value))
        return [{ path, message: "must be an object" }];
      const issues: InputIssue[] = [];
      for (const [key, setting] of Object.entries(value)) {
        if (typeof setting !== "string" || !spec.values.includes(setting))
          issues.push({ path: `${path}.${key}`, message: `must be one of ${spec.values.join(", ")}` });
      }
      return issues;
    }
  }
}

/** Checks `input` against `fields`; unknown keys are dropped, as a zod object drops them. */
export function validateFields<T>(fields: FieldsSpec, input: unknown, name: string): Result<T> {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    return {
      ok: false,
      error: {
        kind: "invalid-input",
        message: `${name}: must be an object`,
        issues: [{ path: name, message: "must be an object" }],
      },
    };
  }
  const source = input as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  const issues: InputIssue[] = [];
  for (const key in fields) {
    const spec = fields[key] as FieldSpec;
    const value = source[key];
    if (value === undefined) {
      if (spec.required) issues.push({ path: `${name}.${key}`, message: "is required" });
      continue;
    }
    const found = fieldIssue(spec, value, `${name}.${key}`);
    if (found.length) issues.push(...found);
    else out[key] = value;
  }
  const first = issues[0];
  if (first) return { ok: false, error: { kind: "invalid-input", message: `${first.path}: ${first.message}`, issues } };
  return { ok: true, value: out as T };
}
