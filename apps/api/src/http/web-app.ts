import { serveStatic } from "@hono/node-server/serve-static";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "./env";

/** Paths the API owns: never answered with the web app's page. */
const API_PATHS = /^\/(v1|docs|openapi\.json|healthz)(\/|$)/;

// The page is the app's only document: scripts only from here, no inline script, no framing.
const PAGE_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");

/**
 * Serves the built web app from `root`: hashed assets cached for a year, and the page itself for every other
 * GET that is not the API's, so that a reload on /circles or /contacts/… opens the app there.
 */
export function webApp(root: string) {
  if (!existsSync(join(root, "index.html")))
    throw new Error(`WEB_ROOT ${root} has no index.html: build the web app first (npm run build).`);
  const assets = serveStatic<AppEnv>({ root, precompressed: true });
  const page = serveStatic<AppEnv>({ root, path: "index.html" });
  const none = async () => {};
  return createMiddleware<AppEnv>(async (c, next) => {
    if ((c.req.method !== "GET" && c.req.method !== "HEAD") || API_PATHS.test(c.req.path)) return next();
    const asset = c.req.path === "/" ? undefined : await assets(c, none);
    if (asset instanceof Response) {
      asset.headers.set(
        "Cache-Control",
        c.req.path.startsWith("/assets/") ? "public, max-age=31536000, immutable" : "no-cache",
      );
      asset.headers.set("X-Content-Type-Options", "nosniff");
      return asset;
    }
    // A missing file is a 404; any other path is a screen of the app.
    if (c.req.path.startsWith("/assets/") || /\.[a-z0-9]{1,8}$/i.test(c.req.path)) return next();
    const res = await page(c, none);
    if (!(res instanceof Response)) return next();
    res.headers.set("Cache-Control", "no-cache");
    res.headers.set("Content-Security-Policy", PAGE_POLICY);
    res.headers.set("X-Content-Type-Options", "nosniff");
    res.headers.set("Referrer-Policy", "same-origin");
    return res;
  });
}
