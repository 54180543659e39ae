import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";

const dist = resolve(dirname(fileURLToPath(import.meta.url)), "dist");
const KB = 1024;

interface Chunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

const manifest = () => JSON.parse(readFileSync(join(dist, ".vite/manifest.json"), "utf8")) as Record<string, Chunk>;
const gzipped = (file: string) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;

/** The scripts a first visit loads before anything is clicked: the entry and everything it imports statically. */
function initialScripts(chunks: Record<string, Chunk>): string[] {
  const entry = Object.entries(chunks).find(([, c]) => c.isEntry);
  if (!entry) throw new Error("the manifest has no entry");
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const next of chunks[key]?.imports ?? []) visit(next);
  };
  visit(entry[0]);
  return [...seen].map((k) => chunks[k]?.file as string);
}

describe("the production build", () => {
  it("exists (npm run build)", () => {
    expect(existsSync(join(dist, ".vite/manifest.json"))).toBe(true);
  });

  it("loads under 50 KB of JavaScript, gzipped, on first visit", () => {
    const files = initialScripts(manifest());
    const total = files.reduce((n, f) => n + gzipped(f), 0);
    console.log(
      `initial JavaScript: ${(total / KB).toFixed(1)} KB gzip in ${files.length} files (${files.join(", ")})`,
    );
    expect(total).toBeLessThan(50 * KB);
  });

  it("keeps zod and the core's builder out of the first visit: they load with the screens that use them", () => {
    const chunks = manifest();
    const initial = initialScripts(chunks)
      .map((f) => readFileSync(join(dist, f), "utf8"))
      .join("\n");
    // Markers of zod's and the builder's code, found in their own chunks but not in the initial ones.
    expect(initial).not.toMatch(/ZodError|safeParseAsync/);
    expect(initial).not.toContain("greeting-name");
    const lazy = Object.values(chunks)
      .filter((c) => !c.isEntry)
      .map((c) => readFileSync(join(dist, c.file), "utf8"))
      .join("\n");
    expect(lazy).toMatch(/safeParse/);
    expect(lazy).toContain("greeting-name");
  });

  it("serves every script precompressed, matching the script itself", () => {
    for (const chunk of Object.values(manifest())) {
      const gz = join(dist, `${chunk.file}.gz`);
      expect(existsSync(gz), chunk.file).toBe(true);
      expect(gzipSync(readFileSync(join(dist, chunk.file)), { level: 9 }).equals(readFileSync(gz)), chunk.file).toBe(
        true,
      );
    }
  });
});
