import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  // Separate chunks keep each public function's code apart, so a bundler that imports only
  // lintMessage drops the planner, the ask rules and the rest.
  splitting: true,
  treeshake: true,
  dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
  sourcemap: true,
  clean: true,
  target: "es2022",
});
