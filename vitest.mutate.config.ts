import { defineConfig } from "vitest/config";

// vitest as Stryker runs it (`npm run mutate`): the unit tests only. The whole-site builds
// (test/site/, which read the global setup's build; test/eleventy/; the preview server; the
// benchmarks) are left out: a run of them per mutant would take hours on two cores, and the score
// should say what the module's own tests pin down.
//
// Stryker's runner uses worker threads, the fastest way to rerun tests per mutant, but a test that
// calls process.chdir() cannot run in a thread. The one such test file left (safe-build's) runs
// only in the folders marked `pool: "forks"` in stryker.config.mjs, which set MUTATE_POOL; Stryker
// forces `pool: "threads"` over any config file, so a plugin sets it back once the config is resolved.
const forks = process.env.MUTATE_POOL === "forks";

export default defineConfig({
  plugins: forks
    ? [
        {
          name: "mutate-in-forks",
          configureVitest({ vitest, project }) {
            vitest.config.pool = "forks";
            project.config.pool = "forks";
          },
        },
      ]
    : [],
  test: {
    include: ["test/**/*.test.ts"],
    exclude: [
      "test/site/**",
      "test/site-checks/browser/**",
      "test/eleventy/**",
      "test/preview/preview-server.test.ts",
      "test/scripts/**",
      ...(forks ? [] : ["test/cli/safe-build.test.ts"]),
      "**/node_modules/**",
    ],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
