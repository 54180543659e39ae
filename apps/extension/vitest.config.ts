import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      { test: { name: "unit", environment: "node", include: ["src/**/*.test.{ts,tsx}", "*.test.ts"] } },
      // One browser at a time: the machine has two cores, and each suite starts its own Chromium. A poll
      // waits up to 10 s for what the page shows, since CI runs the other packages' suites alongside.
      {
        test: {
          name: "browser",
          environment: "node",
          include: ["e2e/**/*.test.ts"],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
