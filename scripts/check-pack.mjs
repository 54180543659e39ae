// Packs each published package as npm would and installs the tarballs into an empty folder: what someone
// who runs `npm install @enlist/…` gets. Libraries are linted (publint, attw) and loaded; the client's
// declarations are type-checked from a consumer's file; the CLI is installed with `npm install -g` into a
// prefix of its own and run. Our own tarballs stand in for the registry (none is published yet); everything
// else comes from npm's cache first (--prefer-offline).
import { execFileSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const run = (cmd, args, cwd, env) =>
  execFileSync(cmd, args, {
    cwd,
    stdio: ["ignore", "pipe", "inherit"],
    encoding: "utf8",
    env: { ...process.env, ...env },
  });
const install = ["install", "--no-audit", "--no-fund", "--prefer-offline"];
const readJson = (path) => JSON.parse(readFileSync(path, "utf8"));
const fail = (message) => {
  throw new Error(message);
};

const dirs = {
  "@enlist/core": "packages/core",
  "@enlist/io": "packages/io",
  "@enlist/client": "packages/client",
  "@enlist/cli": "apps/cli",
};
const license = readFileSync(join(root, "LICENSE"), "utf8");

const work = mkdtempSync(join(tmpdir(), "enlist-pack-"));
/** Each package packed once: its tarball's path, and what npm says is in it. */
const packed = new Map();
function pack(name) {
  if (packed.has(name)) return packed.get(name);
  const dir = join(root, dirs[name]);
  const [info] = JSON.parse(run("npm", ["pack", "--json", "--pack-destination", work], dir));
  const files = info.files.map((f) => f.path);
  for (const required of ["package.json", "README.md", "LICENSE"])
    if (!files.includes(required)) fail(`${name}: ${required} is not in the tarball`);
  if (readFileSync(join(dir, "LICENSE"), "utf8") !== license)
    fail(`${name}: its LICENSE differs from the repository's`);
  const result = {
    tarball: join(work, info.filename),
    size: info.size,
    unpacked: info.unpackedSize,
    files: files.length,
  };
  packed.set(name, result);
  console.log(
    `-- ${name}: ${info.filename}, ${(info.size / 1024).toFixed(1)} KB packed, ${(info.unpackedSize / 1024).toFixed(1)} KB unpacked, ${files.length} files`,
  );
  return result;
}
/** The package's tarball with those of every package of ours it depends on, as the registry would serve them. */
function tarballsFor(name, out = new Set()) {
  if (out.has(name)) return out;
  out.add(name);
  const { dependencies = {} } = readJson(join(root, dirs[name], "package.json"));
  for (const dep of Object.keys(dependencies)) if (dirs[dep]) tarballsFor(dep, out);
  return out;
}
const tarballs = (name) => [...tarballsFor(name)].map((n) => pack(n).tarball);
const peersOf = (name) =>
  [...tarballsFor(name)].flatMap((n) =>
    Object.entries(readJson(join(root, dirs[n], "package.json")).peerDependencies ?? {}).map(([p, v]) => `${p}@${v}`),
  );

function project(label) {
  const dir = join(work, label);
  mkdirSync(dir);
  writeFileSync(
    join(dir, "package.json"),
    JSON.stringify({ name: `pack-check-${label}`, private: true, type: "module" }),
  );
  return dir;
}

/** No compiled add-on and nothing that would compile one, anywhere under the folder. */
function assertNoNative(dir, label) {
  const found = [];
  const walk = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name === "binding.gyp" || entry.name.endsWith(".node")) found.push(path);
      else if (entry.name === "package.json") {
        const { scripts = {}, gypfile } = JSON.parse(readFileSync(path, "utf8"));
        if (gypfile || scripts.install || scripts.preinstall || scripts.postinstall)
          found.push(`${path} (install script)`);
      }
    }
  };
  walk(dir);
  if (found.length) fail(`${label}: native code or install scripts in the tree:\n  ${found.join("\n  ")}`);
}

/** The first ```js block of the package's README, as a user would paste it. */
function readmeExample(name) {
  const readme = readFileSync(join(root, dirs[name], "README.md"), "utf8");
  const block = /```js\n([\s\S]*?)```/.exec(readme);
  if (!block) fail(`${name}: its README has no \`\`\`js example`);
  return block[1];
}

function checkLibrary(name, probeExport) {
  const dir = join(root, dirs[name]);
  console.log(`-- ${name}: publint --strict`);
  console.log(run("npx", ["publint", "--strict"], dir));
  console.log(`-- ${name}: attw --pack`);
  console.log(run("npx", ["attw", "--pack", ".", "--profile", "node16"], dir));
  const cwd = project(name.replace("@enlist/", ""));
  run("npm", [...install, ...tarballs(name), ...peersOf(name)], cwd);
  const probe = `const api = Object.keys(m).length; if (typeof m[${JSON.stringify(probeExport)}] !== "function") throw new Error(${JSON.stringify(probeExport)} + " missing"); console.log(api + " exports");`;
  writeFileSync(join(cwd, "probe.mjs"), `import * as m from ${JSON.stringify(name)};\n${probe}\n`);
  writeFileSync(join(cwd, "probe.cjs"), `const m = require(${JSON.stringify(name)});\n${probe}\n`);
  console.log(`-- ${name}: import  →`, run("node", ["probe.mjs"], cwd).trim());
  console.log(`-- ${name}: require →`, run("node", ["probe.cjs"], cwd).trim());
  writeFileSync(join(cwd, "readme.mjs"), readmeExample(name));
  return cwd;
}

try {
  const core = checkLibrary("@enlist/core", "lintMessage");
  const coreOut = run("node", ["readme.mjs"], core);
  if (!coreOut.includes("greeting-name") || !coreOut.includes("not ready yet"))
    fail(`@enlist/core: the README's example printed:\n${coreOut}`);
  console.log("-- @enlist/core: the README's example runs");

  const io = checkLibrary("@enlist/io", "parseLinkedInConnections");
  copyFileSync(
    join(root, "packages/fixtures/linkedin/enlist-synthetic-unicode-bom-crlf.csv"),
    join(io, "Connections.csv"),
  );
  const ioOut = run("node", ["readme.mjs"], io);
  if (!/^\d+ rows, \d+ contacts$/m.test(ioOut)) fail(`@enlist/io: the README's example printed:\n${ioOut}`);
  console.log(`-- @enlist/io: the README's example runs (${ioOut.split("\n")[0]})`);

  // The client: ESM only, so attw's esm-only profile; its types must stand without the server installed.
  const clientDir = join(root, dirs["@enlist/client"]);
  console.log("-- @enlist/client: publint --strict");
  console.log(run("npx", ["publint", "--strict"], clientDir));
  console.log("-- @enlist/client: attw --pack");
  console.log(run("npx", ["attw", "--pack", ".", "--profile", "esm-only"], clientDir));
  const client = project("client");
  const { devDependencies: rootDev } = readJson(join(root, "package.json"));
  run("npm", [...install, ...tarballs("@enlist/client"), `typescript@${rootDev.typescript}`], client);
  const installed = readdirSync(join(client, "node_modules"))
    .filter((d) => !d.startsWith("."))
    .flatMap((d) => (d.startsWith("@") ? readdirSync(join(client, "node_modules", d)).map((p) => `${d}/${p}`) : [d]));
  const extra = installed.filter((d) => !["@enlist/client", "hono", "typescript"].includes(d));
  if (extra.length) fail(`@enlist/client: installing it brought ${extra.join(", ")} besides hono`);
  console.log("-- @enlist/client: installs hono and nothing else");
  writeFileSync(
    join(client, "consumer.ts"),
    [
      `import { createClient, type Client } from "@enlist/client";`,
      `import type { InferResponseType } from "hono/client";`,
      `const seen: string[] = [];`,
      `const api: Client = createClient("https://enlist.example", {`,
      `  headers: { authorization: "Bearer enl_test" },`,
      `  fetch: (async (input: RequestInfo | URL) => { seen.push(String(input)); return Response.json({ items: [], nextCursor: null }); }) as typeof fetch,`,
      `});`,
      `type Page = InferResponseType<Client["v1"]["contacts"]["$get"], 200>;`,
      `const res = await api.v1.contacts.$get({ query: { circle: "leaders" } });`,
      `const page: Page = await res.json();`,
      `const names: string[] = page.items.map((c) => c.name);`,
      `// @ts-expect-error: no such circle; if the types were lost (any), this line would not be an error`,
      `await api.v1.contacts.$get({ query: { circle: "friends" } });`,
      `// @ts-expect-error: no such route`,
      `api.v1.nowhere;`,
      `if (seen[0] !== "https://enlist.example/v1/contacts?circle=leaders" || names.length !== 0) throw new Error("sent " + seen[0]);`,
      `console.log("sent " + seen[0]);`,
      ``,
    ].join("\n"),
  );
  writeFileSync(
    join(client, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        target: "ES2022",
        module: "NodeNext",
        moduleResolution: "NodeNext",
        lib: ["ES2023", "DOM"],
        types: [],
        strict: true,
        skipLibCheck: false,
        noEmit: true,
      },
      files: ["consumer.ts"],
    }),
  );
  run(join(client, "node_modules/.bin/tsc"), ["-p", "tsconfig.json"], client);
  console.log("-- @enlist/client: a consumer's file type-checks against the installed declarations (skipLibCheck off)");
  run(join(client, "node_modules/.bin/tsc"), ["-p", "tsconfig.json", "--noEmit", "false", "--outDir", "out"], client);
  console.log("-- @enlist/client: run →", run("node", ["out/consumer.js"], client).trim());

  // The CLI, installed the way its README says: globally, here into a prefix of its own.
  console.log("-- @enlist/cli: publint --strict");
  console.log(run("npx", ["publint", "--strict"], join(root, dirs["@enlist/cli"])));
  const prefix = join(work, "global");
  // Our tarballs land side by side in the prefix, where the CLI finds them as it would its own copies from
  // the registry; core's peer zod must then be there too.
  run(
    "npm",
    [
      ...install,
      "--global",
      "--prefix",
      prefix,
      "--foreground-scripts",
      ...tarballs("@enlist/cli"),
      ...peersOf("@enlist/cli"),
    ],
    work,
  );
  assertNoNative(join(prefix, "lib"), "@enlist/cli");
  const tree = JSON.parse(run("npm", ["ls", "--global", "--prefix", prefix, "--all", "--json"], work));
  const names = new Set();
  const collect = (deps = {}) => Object.entries(deps).forEach(([n, d]) => (names.add(n), collect(d.dependencies)));
  collect(tree.dependencies);
  console.log(
    `-- @enlist/cli: npm install -g installed ${[...names].sort().join(", ")}: no native module, no install script`,
  );
  const bin = join(prefix, "bin", "enlist");
  if (!existsSync(bin) || !(statSync(bin).mode & 0o111))
    fail("@enlist/cli: no executable bin/enlist after npm install -g");
  const cli = project("cli");
  writeFileSync(
    join(cli, "draft.txt"),
    "Hi Sara,\nSorry to bother you, I know you are busy.\nCould I pick your brain over coffee?\n",
  );
  const env = { PATH: `${join(prefix, "bin")}:${process.env.PATH}` };
  const help = run("enlist", ["--help"], cli, env);
  if (!help.includes("Usage: enlist")) fail(`@enlist/cli: enlist --help printed:\n${help}`);
  let lint;
  try {
    run(
      "enlist",
      [
        "lint",
        "draft.txt",
        "--channel",
        "email",
        "--circle",
        "leaders",
        "--tie",
        "stranger",
        "--recipient",
        "Sarah Chen",
      ],
      cli,
      env,
    );
    fail("@enlist/cli: enlist lint passed a draft with errors");
  } catch (e) {
    if (e.status !== 1) throw e;
    lint = e.stdout;
  }
  if (!lint.includes('draft.txt:1:4 error The greeting says "Sara"'))
    fail(`@enlist/cli: enlist lint printed:\n${lint}`);
  console.log(`-- @enlist/cli: enlist --help, and enlist lint draft.txt → exit 1, ${lint.trim().split("\n").at(-1)}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
