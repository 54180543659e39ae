import { defineConfig } from "tsup";

export default defineConfig({
  // One entry per area as well as the whole: a bundler that imports only lintMessage then takes only the
  // linter's chunk, and none of the full-zod schemas the other areas are built on.
  entry: {
    index: "src/index.ts",
    schemas: "src/schemas/public.ts",
    circles: "src/circles/public.ts",
    ask: "src/ask/public.ts",
    "follow-up": "src/follow-up/public.ts",
    plan: "src/plan/public.ts",
    discovery: "src/discovery/public.ts",
    lint: "src/lint/public.ts",
    build: "src/build/public.ts",
  },
  format: ["esm", "cjs"],
  splitting: true,
  treeshake: true,
  dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
  sourcemap: true,
  clean: true,
  target: "es2022",
});
