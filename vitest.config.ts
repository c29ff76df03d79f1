import { defineConfig } from "vitest/config";

// Two projects, so that only a run that includes the site checks pays for building the shipped
// record: vitest calls a project's global setup only when at least one of its tests is queued.
// `npx vitest run test/record/x.test.ts` therefore starts in a second, not after two site builds.
const shared = { testTimeout: 60_000, hookTimeout: 120_000 };
export default defineConfig({
  test: {
    projects: [
      { test: { ...shared, name: "unit", include: ["test/**/*.test.ts"], exclude: ["test/site/**", "**/node_modules/**"] } },
      // Builds the shipped record once per run for the site checks in test/site/.
      { test: { ...shared, name: "site", include: ["test/site/**/*.test.ts"], globalSetup: ["test/support/site-setup.ts"] } },
    ],
  },
});
