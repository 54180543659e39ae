import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";

const dist = resolve(dirname(fileURLToPath(import.meta.url)), "dist");
const unpacked = join(dist, "extension");
const KB = 1024;
const read = (file: string) => readFileSync(join(unpacked, file));
const manifest = () =>
  JSON.parse(read("manifest.json").toString("utf8")) as Record<string, unknown> & {
    host_permissions: string[];
    content_scripts: { js: string[]; matches: string[] }[];
    optional_host_permissions: string[];
    permissions: string[];
  };
const { version } = JSON.parse(readFileSync(resolve(dist, "../package.json"), "utf8")) as { version: string };

describe("the built extension", () => {
  it("exists (npm run build), with a store-ready zip holding the same files", () => {
    const zip = unzipSync(readFileSync(join(dist, `enlist-extension-${version}.zip`)));
    expect(Object.keys(zip).sort()).toEqual([
      "background.js",
      "content.js",
      "icons/128.png",
      "icons/16.png",
      "icons/32.png",
      "icons/48.png",
      "manifest.json",
      "options.css",
      "options.html",
      "options.js",
    ]);
    expect(Buffer.from(zip["content.js"] as Uint8Array).equals(read("content.js"))).toBe(true);
    expect(JSON.parse(Buffer.from(zip["manifest.json"] as Uint8Array).toString("utf8")).version).toBe(version);
  });

  // Raised from 40 to 42 KB on 3 December: the linter inside it learned from five more writers' corpora
  // (docs/judgment.md), and its own bundle grew 27.9 -> 29.7 KB, which took the content script past 40 KB (40.2 KB measured).
  // Raised to 43 KB on 6 December: three more writers' corpora (messages-9 to -11) grew the linter's own
  // bundle 30.4 -> 32.0 KB, and the content script with it (42.4 KB measured).
  it("loads a content script under 43 KB, gzipped, on the host pages", () => {
    const size = gzipSync(read("content.js"), { level: 9 }).length;
    console.log(
      `content script: ${(size / KB).toFixed(1)} KB gzip (${(read("content.js").length / KB).toFixed(1)} KB raw)`,
    );
    expect(size).toBeLessThan(43 * KB);
  });

  it("keeps zod out of the content script: the linter checks its inputs without it", () => {
    expect(read("content.js").toString("utf8")).not.toMatch(/ZodError|safeParseAsync/);
  });

  it("asks at install only for LinkedIn and Gmail, and for storage", () => {
    const m = manifest();
    expect(m.manifest_version).toBe(3);
    expect(m.host_permissions).toEqual(["https://www.linkedin.com/*", "https://mail.google.com/*"]);
    expect(m.content_scripts.flatMap((c) => c.matches)).toEqual(m.host_permissions);
    expect(m.permissions).toEqual(["storage"]);
    // The user's own server is asked for when they connect it, never before.
    expect(m.optional_host_permissions).toEqual(["https://*/*", "http://*/*"]);
  });

  it("ships all of its code: no remote script, no eval", () => {
    const m = manifest();
    expect(m.content_security_policy).toEqual({ extension_pages: "script-src 'self'; object-src 'none'" });
    expect(read("options.html").toString("utf8")).not.toMatch(/<script[^>]+src="https?:/);
    for (const file of ["content.js", "background.js", "options.js"]) {
      const code = read(file).toString("utf8");
      expect(code, file).not.toMatch(/\beval\(|new Function\(|importScripts\(/);
      expect(code, file).not.toMatch(/import\(\s*["'`]https?:/);
    }
  });

  it("has an icon of each size the store and the toolbar use", () => {
    for (const size of [16, 32, 48, 128]) {
      const png = read(`icons/${size}.png`);
      expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });
});
