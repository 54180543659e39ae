// `npm run build`: the extension as Chrome loads it unpacked (dist/extension/) and as the Chrome Web Store
// takes it (dist/enlist-extension-<version>.zip). Each script is built on its own as one self-contained
// file: content scripts cannot load modules, and an extension may run no code it did not ship.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { zipSync } from "fflate";
import { build } from "vite";
import solid from "vite-plugin-solid";
import { manifest } from "../src/manifest";
import { iconPng } from "./icon";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
const out = join(dist, "extension");
const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };

const ENTRIES = {
  content: "src/content/main.tsx",
  background: "src/background/main.ts",
  options: "src/options/main.tsx",
};

rmSync(dist, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

for (const [name, entry] of Object.entries(ENTRIES)) {
  await build({
    configFile: false,
    root,
    logLevel: "warn",
    plugins: [solid()],
    define: { "process.env.NODE_ENV": JSON.stringify("production") },
    build: {
      outDir: out,
      emptyOutDir: false,
      copyPublicDir: false,
      target: "chrome120",
      minify: true,
      lib: { entry: join(root, entry), formats: ["iife"], name: `enlist_${name}`, fileName: () => `${name}.js` },
    },
  });
}

writeFileSync(join(out, "manifest.json"), `${JSON.stringify(manifest(version), null, 2)}\n`);
copyFileSync(join(root, "src/options/options.html"), join(out, "options.html"));
copyFileSync(join(root, "src/options/options.css"), join(out, "options.css"));
mkdirSync(join(out, "icons"));
for (const size of [16, 32, 48, 128]) writeFileSync(join(out, "icons", `${size}.png`), iconPng(size));

const files: Record<string, Uint8Array> = {};
const add = (dir: string) => {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) add(path);
    else files[relative(out, path).split("\\").join("/")] = readFileSync(path);
  }
};
add(out);
// A fixed date for every entry: the same sources make the same zip.
const zip = zipSync(files, { level: 9, mtime: new Date("2026-01-01T00:00:00Z") });
writeFileSync(join(dist, `enlist-extension-${version}.zip`), zip);
console.log(
  `built ${relative(process.cwd(), out)} and dist/enlist-extension-${version}.zip (${Object.keys(files).length} files)`,
);
