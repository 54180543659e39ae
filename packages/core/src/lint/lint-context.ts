import { z } from "zod";
import { CHANNELS, MESSAGE_PURPOSES } from "../schemas/enum-values";
import type { FieldSpec, FieldsSpec } from "./field-spec";
import { RuleSetting } from "../schemas/rule-setting";
import { LINT_CONTEXT_FIELDS, LINT_OPTIONS_FIELDS } from "./lint-context-fields";

export { CHANNELS, MESSAGE_PURPOSES };

type Values<S> = S extends { values: readonly (infer V extends string)[] } ? V : never;
type FieldType<S extends FieldSpec> = S extends { kind: "enum" }
  ? Values<S>
  : S extends { kind: "text" }
    ? string
    : S extends { kind: "flag" }
      ? boolean
      : Record<string, Values<S>>;
type ObjectType<F extends FieldsSpec> = {
  [K in keyof F as F[K] extends { required: true } ? K : never]: FieldType<F[K]>;
} & {
  [K in keyof F as F[K] extends { required: true } ? never : K]?: FieldType<F[K]>;
};

const asEnum = (values: readonly string[]) =>
  z.enum(values as [string, ...string[]], { error: `must be one of ${values.join(", ")}` });

function schemaOf(spec: FieldSpec): z.ZodType {
  const base =
    spec.kind === "enum"
      ? asEnum(spec.values)
      : spec.kind === "text"
        ? z.string({ error: "must be text" }).max(spec.max, `must be at most ${spec.max} characters`)
        : spec.kind === "flag"
          ? z.boolean({ error: "must be true or false" })
          : z.record(z.string(), asEnum(spec.values), { error: "must be an object" });
  return spec.required ? base : base.optional();
}

/** The zod schema for a field list; its type is worked out from the list, so the two cannot drift. */
function objectOf<F extends FieldsSpec>(fields: F): z.ZodType<ObjectType<F>> {
  const shape = Object.fromEntries(Object.entries(fields).map(([k, spec]) => [k, schemaOf(spec)]));
  return z.object(shape, { error: "must be an object" }) as unknown as z.ZodType<ObjectType<F>>;
}

export const Channel = z.enum(CHANNELS);
export type Channel = z.infer<typeof Channel>;
export const MessagePurpose = z.enum(MESSAGE_PURPOSES);
export type MessagePurpose = z.infer<typeof MessagePurpose>;
export { RuleSetting };

export const LintContext = objectOf(LINT_CONTEXT_FIELDS);
export type LintContext = z.infer<typeof LintContext>;
export const LintOptions = objectOf(LINT_OPTIONS_FIELDS);
export type LintOptions = z.infer<typeof LintOptions>;
