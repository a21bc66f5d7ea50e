import { defineConfig } from "vitest/config";

// Two projects: `unit` (rules, core: fast, no built files needed beyond the rules' data) and `e2e` (the built
// CLI, language server, .vsix and HTML report). `npx vitest run --project unit` runs one of them.
export default defineConfig({
  test: {
    reporters: ["default", "./test/summary-reporter.ts"],
    projects: [
      {
        test: {
          name: "unit",
          globals: true,
          include: ["packages/*/src/**/*.test.ts"],
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: "e2e",
          globals: true,
          include: ["test/**/*.test.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
