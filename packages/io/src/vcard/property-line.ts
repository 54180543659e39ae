/** One content line of a vCard: `item1.EMAIL;TYPE=work,pref:ana@example.com`. */
export interface PropertyLine {
  group: string | null;
  /** Upper-case property name. */
  name: string;
  /** Upper-case parameter names; bare 2.1 parameters (`TEL;WORK;VOICE`) are collected under TYPE. */
  params: Map<string, string[]>;
  value: string;
}

const BARE_ENCODINGS = new Set(["QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"]);

/** Splits on `separator` outside double quotes. */
function splitOutsideQuotes(text: string, separator: string): string[] {
  const out: string[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (c === separator && !quoted) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out;
}

/** The name-and-parameters part of a line, up to the first colon outside quotes. */
export function parsePropertyHead(line: string): { head: string; value: string } | null {
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') quoted = !quoted;
    else if (c === ":" && !quoted) return { head: line.slice(0, i), value: line.slice(i + 1) };
  }
  return null;
}

export function parsePropertyLine(line: string): PropertyLine | null {
  const split = parsePropertyHead(line);
  if (!split) return null;
  const [nameWithGroup = "", ...rawParams] = splitOutsideQuotes(split.head, ";");
  const dot = nameWithGroup.lastIndexOf(".");
  const name = (dot === -1 ? nameWithGroup : nameWithGroup.slice(dot + 1)).trim().toUpperCase();
  if (!/^[A-Z0-9-]+$/.test(name)) return null;
  const params = new Map<string, string[]>();
  const add = (key: string, values: string[]) => params.set(key, [...(params.get(key) ?? []), ...values]);
  for (const raw of rawParams) {
    const eq = raw.indexOf("=");
    if (eq === -1) {
      const bare = raw.trim().toUpperCase();
      if (BARE_ENCODINGS.has(bare)) add("ENCODING", [bare]);
      else if (bare) add("TYPE", [bare]);
      continue;
    }
    const key = raw.slice(0, eq).trim().toUpperCase();
    const values = splitOutsideQuotes(raw.slice(eq + 1), ",").map((v) => v.trim().replace(/^"|"$/g, ""));
    add(key, key === "TYPE" || key === "ENCODING" ? values.map((v) => v.toUpperCase()) : values);
  }
  return { group: dot === -1 ? null : nameWithGroup.slice(0, dot), name, params, value: split.value };
}

export const isQuotedPrintable = (p: PropertyLine): boolean =>
  (p.params.get("ENCODING") ?? []).includes("QUOTED-PRINTABLE");
