#!/usr/bin/env node
// The `enlist` command. The code is compiled to dist/ by `npm run build` (which `npm start` and `npm test`
// run too); until then, say so instead of failing with a module error.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const main = fileURLToPath(new URL("../dist/main.js", import.meta.url));
if (!existsSync(main)) {
  process.stderr.write("enlist: not built yet. Run `npm run build` at the repository root first.\n");
  process.exit(2);
}
const { run } = await import(main);
process.exitCode = await run(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  readStdin: async () => {
    const chunks = [];
    for await (const chunk of process.stdin) chunks.push(chunk);
    return Buffer.concat(chunks).toString("utf8");
  },
  today: () => new Date().toLocaleDateString("sv"),
  cwd: process.cwd(),
});
