import { defineConfig } from "vitest/config";

// vitest as Stryker runs it (`npm run mutate`): the unit tests on fixtures only, so the score says
// what the tests of each module pin down, and a run ends in minutes rather than hours. Left out:
// the whole-site builds (test/site/, which read the global setup's build; test/eleventy/; the
// preview server; the benchmarks) and the tests that read the shipped record, whose facts a test
// must not depend on (they are moving to fixtures).
//
// Stryker's runner forces `pool: "threads"` over any config file. The unit tests run in one
// thread without isolation between files: a mutant's tests then cost 3.2 s instead of 6.7 s
// (measured on src/record/sort-entries.ts and group-by.ts, same 29 of 30 killed either way). The
// site builds of safe-build's run call process.chdir(), which a worker thread cannot, and share
// Eleventy's module state, so for that run a plugin sets forks and isolation back.
export default defineConfig({
  plugins: [
    {
      name: "builds-in-forks",
      configureVitest({ vitest, project }) {
        if (process.env.MUTATE_WITH_BUILDS !== "1") return;
        vitest.config.pool = "forks";
        project.config.pool = "forks";
      },
    },
  ],
  test: {
    include: ["test/**/*.test.ts"],
    // After Stryker's own: which tests reach a mutant, made the same on every run (its comment).
    setupFiles: ["scripts/mutate/mutation-run.setup.ts"],
    exclude: [
      "test/site/**",
      "test/site-checks/browser/**",
      "test/eleventy/**",
      "test/preview/preview-server.test.ts",
      "test/scripts/**",
      "test/loaders/shipped-record.test.ts",
      "test/editor/json-schemas.test.ts",
      "test/downloads/statistics-download.test.ts",
      "test/downloads/funding-download.test.ts",
      "test/charts/charts.test.ts",
      // Whole Eleventy builds: run for the folder that needs them (safe-build's), else every
      // mutant of a formatter would rebuild a site three times.
      ...(process.env.MUTATE_WITH_BUILDS === "1"
        ? []
        : ["test/cli/safe-build.test.ts", "test/cli/safe-build-refusals.test.ts", "test/cli/safe-build-repeatable.test.ts", "test/cli/safe-build-swap.test.ts", "test/cli/record-option.test.ts"]),
      "test/cli/safe-build-search.test.ts",
      // More whole builds, the preview and the editor in a browser: minutes per mutant.
      "test/cli/production-build.test.ts",
      "test/cms/editor-in-browser.test.ts",
      "test/cms/editor-in-build.test.ts",
      "test/cms/local-backend.test.ts",
      "**/node_modules/**",
    ],
    pool: "forks",
    isolate: process.env.MUTATE_WITH_BUILDS === "1",
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
