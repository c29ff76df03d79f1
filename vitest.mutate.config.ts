import { defineConfig } from "vitest/config";

// vitest as Stryker runs it (`npm run mutate`): the unit tests only. The whole-site builds
// (test/site/, which read the global setup's build; test/eleventy/; the preview server; the
// benchmarks) are left out: a run of them per mutant would take hours on two cores, and the score
// should say what the module's own tests pin down. Tests run in forked
// processes, since tests that call process.chdir() cannot run in worker threads. Stryker's runner
// forces `pool: "threads"` over any config file, so a plugin sets the pool back once the config is
// resolved.
export default defineConfig({
  plugins: [
    {
      name: "mutate-in-forks",
      configureVitest({ vitest, project }) {
        vitest.config.pool = "forks";
        project.config.pool = "forks";
      },
    },
  ],
  test: {
    include: ["test/**/*.test.ts"],
    exclude: [
      "test/site/**",
      "test/site-checks/browser/**",
      "test/eleventy/**",
      "test/preview/preview-server.test.ts",
      "test/scripts/**",
      "**/node_modules/**",
    ],
    pool: "forks",
    // One reused process: forking a fresh one per test file per mutant was most of a mutant's time.
    isolate: false,
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
