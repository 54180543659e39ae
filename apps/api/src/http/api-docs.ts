import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Scalar } from "@scalar/hono-api-reference";
import { Hono, type Context } from "hono";

/** Where the reference's script is served: the page and its script stay on this origin, so it works offline. */
export const DOCS_SCRIPT_PATH = "/docs/assets/api-reference.js";

/**
 * @scalar/api-reference's self-contained browser build, from the installed package (pinned in
 * package.json): never a CDN's "latest", which would run whatever was published last on the origin that
 * holds the session cookie.
 */
const standaloneScript = () =>
  join(dirname(createRequire(import.meta.url).resolve("@scalar/api-reference")), "browser", "standalone.js");

/**
 * Scalar's page, with nothing that reaches another origin: the script from here, no web fonts, no
 * telemetry, no hosted developer tools or AI agent (Scalar's services), and the document from /openapi.json.
 */
const page = Scalar({
  url: "/openapi.json",
  pageTitle: "Enlist API",
  cdn: DOCS_SCRIPT_PATH,
  withDefaultFonts: false,
  telemetry: false,
  showDeveloperTools: "never",
  agent: { disabled: true },
} as Parameters<typeof Scalar>[0]);

/** SHA-256 sources of a page's inline scripts, for a CSP that lets those run and nothing else inline. */
function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const match of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
    hashes.push(
      `'sha256-${createHash("sha256")
        .update(match[1] ?? "")
        .digest("base64")}'`,
    );
  }
  return hashes;
}

/**
 * Only this origin, for everything: scripts (the package's file, and the page's one inline call, by its
 * hash), the document it fetches, images and fonts. Styles may be inline because the reference writes its
 * theme into style elements as it renders; styles cannot reach another origin under this policy either.
 */
export function docsPolicy(html: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${inlineScriptHashes(html).join(" ")}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** GET /docs (the API reference) and the script it loads, both under the policy above. */
export function apiDocs() {
  let script: Promise<Buffer> | null = null;
  const docs = new Hono();
  docs.get("/docs", async (c: Context) => {
    const res = await page(c, async () => {});
    const html = res ? await res.text() : "";
    return c.html(html, 200, { "content-security-policy": docsPolicy(html), "cache-control": "no-cache" });
  });
  docs.get(DOCS_SCRIPT_PATH, async (c) => {
    script ??= readFile(standaloneScript());
    return c.body(new Uint8Array(await script), 200, {
      "content-type": "text/javascript; charset=utf-8",
      // The file changes only with the package, and the page is revalidated each time: a day is safe.
      "cache-control": "public, max-age=86400",
    });
  });
  return docs;
}
