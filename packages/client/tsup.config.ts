import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm"],
  target: "es2022",
  // The API's route types are read at build time only: nothing of the server is bundled or required.
  external: ["hono", "@enlist/api"],
  dts: { entry: ["src/index.ts"], compilerOptions: { ignoreDeprecations: "6.0" } },
  sourcemap: true,
  clean: true,
});
