import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Builds the shipped record once per run for the site checks in test/site/.
    globalSetup: ["test/support/site-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
