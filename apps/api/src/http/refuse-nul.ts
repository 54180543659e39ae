import type { MiddlewareHandler } from "hono";
import { problem, problemResponse } from "./problem";

/** Where a NUL character stands in a parsed JSON value, as a dotted path ("body.name", "body.tags.2"). */
function nulPaths(value: unknown, path: string, out: string[]): void {
  if (out.length >= 10) return;
  if (typeof value === "string") {
    if (value.includes("\u0000")) out.push(path);
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => nulPaths(v, `${path}.${i}`, out));
  } else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      // eslint-disable-next-line no-control-regex -- the NUL is what is looked for
      if (k.includes("\u0000")) out.push(`${path}.${k.replace(/\u0000/g, "\\0")}`);
      nulPaths(v, `${path}.${k}`, out);
    }
  }
}

const ESCAPED_NUL = /\\u0000/;

/**
 * Refuses text holding a NUL character (U+0000) wherever a client sends it — path, query, JSON body — with
 * a 400 naming the field. PostgreSQL cannot store it in text at all and SQLite would, so without this the
 * same request is a 500 on one engine and stored on the other. File imports are decoded by @enlist/io,
 * where a UTF-16 file's zero bytes are not NULs.
 */
export const refuseNul: MiddlewareHandler = async (c, next) => {
  const paths: string[] = [];
  // A NUL can reach the path or the query only percent-encoded (the HTTP parser refuses a raw one), so a
  // URL without "%00" needs no parsing at all.
  if (c.req.url.includes("%00")) {
    const url = new URL(c.req.url);
    if (safeDecode(url.pathname).includes("\u0000")) paths.push("path");
    for (const [key, value] of url.searchParams)
      if (key.includes("\u0000") || value.includes("\u0000")) paths.push(`query.${key}`);
  }
  if (paths.length === 0 && (c.req.header("content-type") ?? "").includes("json")) {
    // JSON can carry a NUL only as the escape \u0000 (a raw control character is not valid JSON), so a body
    // without one is passed on unparsed; the walk that names the field is for the rare body that has it.
    const text = await c.req.text().catch(() => "");
    if (ESCAPED_NUL.test(text)) {
      // A body that is not JSON at all is the validator's to report; only a parsed one is looked into.
      nulPaths(parsedOrNothing(text), "json", paths);
    }
  }
  if (paths.length === 0) return next();
  const errors = paths.map((path) => ({ path, message: "must not contain a NUL character (U+0000)" }));
  return problemResponse(
    c,
    problem(400, "invalid-request", "Invalid request", `${paths[0]}: must not contain a NUL character (U+0000)`, {
      errors,
    }),
  );
};

function parsedOrNothing(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
