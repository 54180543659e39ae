/** What a core function returns when its input can fail validation: errors are values, never thrown. */
export type Result<T, E = InputError> = { ok: true; value: T } | { ok: false; error: E };

export interface InputIssue {
  /** Dotted path to the field at fault, e.g. `contact.tie` or `ask.minutes`. */
  path: string;
  message: string;
}

export interface InputError {
  kind: "invalid-input";
  /** One readable sentence naming the first field at fault. */
  message: string;
  issues: InputIssue[];
}

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });

function formatPath(prefix: string, path: readonly PropertyKey[]): string {
  // Numbers are indexes ("contacts[0]"); every other key is a field (".name"), whatever characters it holds.
  let out = prefix;
  for (const p of path) {
    if (typeof p === "number") out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out || "(input)";
}

/** What parseArg needs of a schema: full zod and zod/mini schemas both have it. */
interface SafeParser<T> {
  safeParse(
    input: unknown,
  ):
    | { success: true; data: T }
    | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };
}

/** The values a set of argument schemas validate to, by argument name. */
export type ParsedArgs<A extends Record<string, readonly [SafeParser<unknown>, unknown]>> = {
  [K in keyof A]: A[K][0] extends SafeParser<infer T> ? T : never;
};

/**
 * Validates a function's arguments in order, each named by its key, and stops at the first that is wrong:
 * `parseArgs({ pivot: [Pivot, pivot], today: [IsoDate, today] })`.
 */
export function parseArgs<A extends Record<string, readonly [SafeParser<unknown>, unknown]>>(
  args: A,
): Result<ParsedArgs<A>> {
  const out: Record<string, unknown> = {};
  for (const [name, [schema, input]] of Object.entries(args)) {
    const parsed = parseArg(schema, input, name);
    if (!parsed.ok) return parsed;
    out[name] = parsed.value;
  }
  return { ok: true, value: out as ParsedArgs<A> };
}

/** Validates one argument; `name` prefixes every path so the caller knows which argument is wrong. */
export function parseArg<T>(schema: SafeParser<T>, input: unknown, name: string): Result<T> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issues = parsed.error.issues.map((issue) => ({
    path: formatPath(name, issue.path),
    message: issue.message,
  }));
  const first = issues[0] ?? { path: name, message: "is invalid" };
  return {
    ok: false,
    error: { kind: "invalid-input", message: `${first.path}: ${first.message}`, issues },
  };
}
