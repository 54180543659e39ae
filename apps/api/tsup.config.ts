import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts", "src/server.ts", "src/migrate.ts", "src/admin.ts"],
  format: ["esm"],
  target: "node20",
  dts: { entry: ["src/index.ts"], compilerOptions: { ignoreDeprecations: "6.0" } },
  sourcemap: true,
  clean: true,
});
