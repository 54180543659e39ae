/// <reference types="vitest/config" />
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { defineConfig, type Plugin } from "vite";
import solid from "vite-plugin-solid";

/**
 * Writes a .gz beside every script and stylesheet, which the API serves to browsers that accept gzip. It
 * runs once the files are on disk: before that, Vite still rewrites parts of the chunks.
 */
const gzipAssets = (): Plugin => ({
  name: "enlist-gzip-assets",
  apply: "build",
  writeBundle(options, bundle) {
    const dir = options.dir ?? "dist";
    for (const fileName of Object.keys(bundle)) {
      if (!/\.(js|css|html|svg)$/.test(fileName)) continue;
      const path = join(dir, fileName);
      writeFileSync(`${path}.gz`, gzipSync(readFileSync(path), { level: 9 }));
    }
  },
});

export default defineConfig({
  plugins: [solid(), gzipAssets()],
  server: {
    // `npm run dev`: the page from Vite with hot reload, the API from `npm start` on :3000.
    proxy: { "/v1": "http://127.0.0.1:3000", "/healthz": "http://127.0.0.1:3000" },
  },
  // The manifest lists each chunk's static and lazy imports, for the bundle budget test.
  build: { target: "es2022", sourcemap: true, manifest: true },
  test: {
    environment: "happy-dom",
    projects: [
      {
        extends: true,
        // Rendering under happy-dom beside the other suites on two cores crossed vitest's 5 s with nothing wrong.
        test: {
          name: "components",
          environment: "happy-dom",
          include: ["src/**/*.test.{ts,tsx}"],
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: "browser",
          environment: "node",
          include: ["e2e/**/*.test.ts", "bundle-size.test.ts"],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
