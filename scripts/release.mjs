// `npm run release`: a rehearsal of the next release that writes nothing to the registry or to this
// checkout. The pending changesets are applied by `changeset version` to a throwaway copy of the
// workspace's manifests and published files; the copy then shows the versions and changelogs the release
// would make, and `npm publish --dry-run` packs each published package as it would be uploaded.
// docs/releasing.md describes the real release.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const readJson = (path) => JSON.parse(readFileSync(path, "utf8"));
const run = (cmd, args, cwd) =>
  execFileSync(cmd, args, { cwd, stdio: ["ignore", "pipe", "inherit"], encoding: "utf8" });
const changeset = join(root, "node_modules/@changesets/cli/bin.js");

const { workspaces } = readJson(join(root, "package.json"));
/** Every workspace folder, as npm reads the root's `workspaces` (plain folders and `dir/*`). */
const workspaceDirs = workspaces.flatMap((w) =>
  w.endsWith("/*")
    ? readdirSync(join(root, w.slice(0, -2)), { withFileTypes: true })
        .filter((d) => d.isDirectory() && existsSync(join(root, w.slice(0, -2), d.name, "package.json")))
        .map((d) => `${w.slice(0, -2)}/${d.name}`)
    : [w],
);
const published = workspaceDirs.filter((dir) => !readJson(join(root, dir, "package.json")).private);

const pending = readdirSync(join(root, ".changeset")).filter((f) => f.endsWith(".md") && f !== "README.md");
console.log(`== ${pending.length} pending changesets`);
if (pending.length === 0) {
  console.log("Nothing to release.");
  process.exit(0);
}

console.log("== build");
run(
  "npx",
  ["turbo", "run", "build", ...published.map((dir) => `--filter=./${dir}`), "--output-logs=errors-only"],
  root,
);

const copy = mkdtempSync(join(tmpdir(), "enlist-release-"));
try {
  cpSync(join(root, "package.json"), join(copy, "package.json"));
  cpSync(join(root, ".changeset"), join(copy, ".changeset"), { recursive: true });
  // changeset resolves its changelog generator from the copy; the repository's modules serve.
  symlinkSync(join(root, "node_modules"), join(copy, "node_modules"), "dir");
  for (const dir of workspaceDirs) {
    const manifest = readJson(join(root, dir, "package.json"));
    cpSync(join(root, dir, "package.json"), join(copy, dir, "package.json"));
    if (manifest.private) continue;
    for (const entry of [...(manifest.files ?? []).filter((f) => !f.startsWith("!")), "CHANGELOG.md"]) {
      if (existsSync(join(root, dir, entry)))
        cpSync(join(root, dir, entry), join(copy, dir, entry), { recursive: true });
    }
  }

  console.log("== changeset version (in the copy)");
  console.log(run("node", [changeset, "version"], copy));

  for (const dir of published) {
    const before = readJson(join(root, dir, "package.json"));
    const after = readJson(join(copy, dir, "package.json"));
    console.log(`== ${after.name}: ${before.version} → ${after.version}`);
    if (before.version === after.version) {
      console.log("   no change to release");
      continue;
    }
    const changelog = readFileSync(join(copy, dir, "CHANGELOG.md"), "utf8");
    const section = changelog.split(/^## /m)[1];
    console.log(`## ${section.trim()}\n`);
    const report = JSON.parse(
      run("npm", ["publish", "--dry-run", "--json", "--access", "public", "--ignore-scripts"], join(copy, dir)),
    );
    const info = report[after.name] ?? report;
    console.log(
      `   npm publish --dry-run: ${info.filename}, ${(info.size / 1024).toFixed(1)} KB, ${info.entryCount} files, nothing uploaded`,
    );
  }
} finally {
  rmSync(copy, { recursive: true, force: true });
}
