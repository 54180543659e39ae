import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    // Each test file gets its own database; PostgreSQL suites share one server, so files run one at a time.
    fileParallelism: false,
    testTimeout: 20_000,
  },
});
