import { defineConfig } from "vitest/config";

/**
 * Three projects, run separately by `npm test`:
 * - unit: pure `lib/` logic, fast and in-process;
 * - integration: real servers, real websocket clients, PGlite and PostgreSQL;
 * - browser: real Chromium against a real server, two contexts at once.
 * Integration and browser suites start processes, so they run one file at a time.
 */
export default defineConfig({
  resolve: { alias: { "@": new URL("./", import.meta.url).pathname } },
  test: {
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: "browser",
          include: ["tests/browser/**/*.test.ts"],
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
