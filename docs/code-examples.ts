// Reads the code examples of the docs: each ts/js block that imports @enlist/*, made runnable, with the
// results its comments show turned into checks.

export interface Example {
  file: string;
  line: number;
  code: string;
  /** Why it is not run, from a `<!-- example: not run, … -->` line just above its fence. */
  notRun?: string;
}

const FENCE = /^```(ts|js|typescript|javascript)\n([\s\S]*?)^```/gm;

export function examplesIn(file: string, markdown: string): Example[] {
  const out: Example[] = [];
  for (const m of markdown.matchAll(FENCE)) {
    const code = m[2] ?? "";
    if (!/from "@enlist\/|require\("@enlist\//.test(code)) continue;
    const before = markdown.slice(0, m.index);
    const above = before.trimEnd().split("\n").at(-1) ?? "";
    const notRun = /^<!-- example: not run, (.+) -->$/.exec(above)?.[1];
    out.push({ file, line: before.split("\n").length, code, ...(notRun ? { notRun } : {}) });
  }
  return out;
}

/** Matches anything after the elements shown, in an array: `[a, …]`. */
export const REST = Symbol("…");
const REST_KEY = "__rest__";

/**
 * The value a comment shows, or undefined when the comment is prose ("the ask it makes"). A result may be
 * followed by words of its own after " — ", " (" or ": " ("2026-11-30" (Friday → Monday)). "…" stands for
 * what is left out: the rest of a string, of an array or of an object.
 */
export function shownValue(comment: string): { value: unknown } | undefined {
  const text = comment.trim();
  const cuts = [
    text,
    ...[" — ", " (", ": "].flatMap((sep) => (text.includes(sep) ? [text.slice(0, text.indexOf(sep))] : [])),
  ];
  for (const candidate of cuts) {
    const source = withRest(candidate.trim());
    if (source === undefined) continue;
    try {
      return { value: new Function("REST", `"use strict"; return (${source});`)(REST) };
    } catch {
      // Not a value: try a shorter cut, or it is prose.
    }
  }
  return undefined;
}

/** The comment as a JavaScript expression, with "…" outside strings made a sentinel; undefined if it is not one. */
function withRest(text: string): string | undefined {
  if (text === "" || text === "…") return undefined;
  let out = "";
  let quote: string | null = null;
  const stack: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quote) {
      out += ch;
      if (ch === "\\") out += text[++i] ?? "";
      else if (ch === quote) quote = null;
      continue;
    }
    if (ch === '"' || ch === "'" || ch === "`") quote = ch;
    else if (ch === "{" || ch === "[") stack.push(ch);
    else if (ch === "}" || ch === "]") stack.pop();
    // A union of strings ("a" | "b") or an arrow is a description, not a value.
    else if (ch === "|" || (ch === "=" && text[i + 1] === ">")) return undefined;
    else if (ch === "…") {
      const top = stack.at(-1);
      if (!top) return undefined;
      out += top === "{" ? `${REST_KEY}: true` : "REST";
      continue;
    }
    out += ch;
  }
  return quote ? undefined : out;
}

/** Whether a result is what a comment shows: objects and arrays in full unless "…" says more may follow. */
export function sameAsShown(actual: unknown, shown: unknown): boolean {
  if (typeof shown === "string" && shown.includes("…")) {
    if (typeof actual !== "string") return false;
    const pattern = shown
      .split("…")
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
      .join("[\\s\\S]*");
    return new RegExp(`^${pattern}$`).test(actual);
  }
  if (Array.isArray(shown)) {
    if (!Array.isArray(actual)) return false;
    const open = shown.at(-1) === REST;
    const items = open ? shown.slice(0, -1) : shown;
    if (open ? actual.length < items.length : actual.length !== items.length) return false;
    return items.every((item, i) => sameAsShown(actual[i], item));
  }
  if (shown !== null && typeof shown === "object") {
    if (actual === null || typeof actual !== "object" || Array.isArray(actual)) return false;
    const { [REST_KEY]: open, ...fields } = shown as Record<string, unknown>;
    const keys = Object.keys(actual as object).filter((k) => (actual as Record<string, unknown>)[k] !== undefined);
    if (!open && keys.length !== Object.keys(fields).length) return false;
    return Object.entries(fields).every(([k, v]) => sameAsShown((actual as Record<string, unknown>)[k], v));
  }
  return Object.is(actual, shown);
}

const NOT_AN_EXPRESSION = /^(const|let|var|import|export|if|for|while|return|function|type|interface|\}|\{|\/\/)/;

export interface Check {
  line: number;
  source: string;
  shown: unknown;
}

/**
 * The example with every statement whose result a comment shows wrapped as `__check(n, () => (…))`: a
 * one-line statement with the comment beside it, or followed by comment lines.
 */
export function instrument(code: string): { code: string; checks: Check[] } {
  const lines = code.split("\n");
  const checks: Check[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const m = /^(\s*)(.*?)\s*(?:\/\/\s?(.*))?$/.exec(line);
    if (!m) continue;
    const [, indent = "", statement = "", comment] = m;
    const expression = statement.replace(/;$/, "").trim();
    if (!expression || NOT_AN_EXPRESSION.test(expression) || !balanced(expression)) continue;
    // The comment beside it, continued by comment lines below (a long result), or the comment lines below.
    let shownText = comment ?? "";
    let j = i + 1;
    while (
      j < lines.length &&
      /^\s*\/\//.test(lines[j] as string) &&
      (comment === undefined || shownValue(shownText) === undefined)
    ) {
      shownText += ` ${(lines[j] as string).replace(/^\s*\/\/\s?/, "")}`;
      j++;
    }
    const shown = shownValue(shownText);
    if (!shown) continue;
    checks.push({ line: i + 1, source: expression, shown: shown.value });
    lines[i] = `${indent}__check(${checks.length - 1}, () => (${expression}));`;
  }
  return { code: lines.join("\n"), checks };
}

function balanced(text: string): boolean {
  let depth = 0;
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === "\\") i++;
      else if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'" || ch === "`") quote = ch;
    else if (ch === "(" || ch === "[" || ch === "{") depth++;
    else if (ch === ")" || ch === "]" || ch === "}") depth--;
    if (depth < 0) return false;
  }
  return depth === 0 && quote === null;
}
