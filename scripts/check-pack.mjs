// Packs each published package as npm would, lints the tarball (publint, attw), then installs it into an
// empty project and loads it with both `import` and `require`: what a user of the npm package gets.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
/** Each published package, with one export the installed tarball must provide. */
const packages = [
  ["packages/core", "checkAsk"],
  ["packages/io", "parseLinkedInConnections"],
];
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, stdio: ["ignore", "pipe", "inherit"], encoding: "utf8" });

for (const [dir, probeExport] of packages) {
  const pkgDir = join(root, dir);
  const { name, peerDependencies = {}, dependencies = {} } = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8"));
  console.log(`-- ${name}: publint --strict`);
  console.log(run("npx", ["publint", "--strict"], pkgDir));
  console.log(`-- ${name}: attw --pack`);
  console.log(run("npx", ["attw", "--pack", ".", "--profile", "node16"], pkgDir));

  const work = mkdtempSync(join(tmpdir(), "enlist-pack-"));
  try {
    const tarball = JSON.parse(run("npm", ["pack", "--json", "--pack-destination", work], pkgDir))[0].filename;
    writeFileSync(join(work, "package.json"), JSON.stringify({ name: "pack-check", private: true }));
    // A package that depends on another of ours gets that one's tarball too, as npm would fetch it.
    const local = dependencies["@enlist/core"] ? [JSON.parse(run("npm", ["pack", "--json", "--pack-destination", work], join(root, "packages/core")))[0].filename] : [];
    const peers = Object.entries(peerDependencies).map(([n, v]) => `${n}@${v}`);
    run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", ...local.map((t) => join(work, t)), join(work, tarball), ...peers], work);
    const probe = `const api = Object.keys(m).length; if (typeof m[${JSON.stringify(probeExport)}] !== "function") throw new Error(${JSON.stringify(probeExport)} + " missing"); console.log(api + " exports");`;
    writeFileSync(join(work, "probe.mjs"), `import * as m from ${JSON.stringify(name)};\n${probe}\n`);
    writeFileSync(join(work, "probe.cjs"), `const m = require(${JSON.stringify(name)});\n${probe}\n`);
    console.log(`-- ${name}: import  →`, run("node", ["probe.mjs"], work).trim());
    console.log(`-- ${name}: require →`, run("node", ["probe.cjs"], work).trim());
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
