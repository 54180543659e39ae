import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm"],
  target: "es2022",
  external: ["hono"],
  // The declarations carry the routes written out by scripts/routes.ts, bundled in: a consumer's type
  // checker needs hono's types and nothing else.
  dts: { entry: ["src/index.ts"], compilerOptions: { ignoreDeprecations: "6.0" } },
  sourcemap: true,
  clean: true,
});
