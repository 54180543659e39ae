import { parseArgs, type ParseArgsConfig } from "node:util";
import { UsageError } from "./io";

type Options = NonNullable<ParseArgsConfig["options"]>;

type Parsed = { values: Record<string, string | boolean | string[] | boolean[] | undefined>; positionals: string[] };

/** `parseArgs` with its errors turned into usage errors that say which flag is wrong. */
export function parse<O extends Options>(
  args: string[],
  options: O,
): {
  values: {
    [K in keyof O]?: O[K]["multiple"] extends true ? string[] : O[K]["type"] extends "boolean" ? boolean : string;
  } & { help?: boolean };
  positionals: string[];
} {
  try {
    const parsed: Parsed = parseArgs({
      args,
      options: { ...options, help: { type: "boolean", short: "h" } },
      allowPositionals: true,
      strict: true,
    });
    return parsed as never;
  } catch (e) {
    throw new UsageError((e as Error).message.replace(/^.*?: /, "").replace(/\. To specify.*$/s, ""));
  }
}

export function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value))
    throw new UsageError(`--${name} must be one of ${allowed.join(", ")} (got "${value}")`);
  return value as T;
}

export function integer(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`--${name} must be a whole number (got "${value}")`);
  return Number(value);
}

/** Drops keys whose value is undefined, so optional flags not given do not reach the schemas. */
export function defined<T extends Record<string, unknown>>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
