// Mutation testing (`npm run mutate`, docs/testing.md). scripts/mutate/mutate.ts runs Stryker once per
// folder below, one folder at a time, and fails when a folder (or a stricter group) misses its score.

/**
 * The folders mutated and the score each must reach (killed ÷ (killed + survived + not covered), %).
 * A new folder is one more line. `exclude` lists globs left out of that folder's run.
 */
export const folders = [
  { folder: "src/record", score: 80 },
  { folder: "src/loaders", score: 80 },
  { folder: "src/problems", score: 80 },
  { folder: "src/filters", score: 80 },
  { folder: "src/views", score: 80 },
  // The browser checks need Chromium and a built site: they are proved by test/site-checks/browser.
  { folder: "src/site-checks", score: 80, exclude: ["src/site-checks/browser/**"] },
  // Its tests build whole sites, so only this folder's run includes them (vitest.mutate.config.ts).
  { folder: "src/cli/safe-build.ts", score: 80, withBuilds: true },
];

/** Stricter targets for modules whose mistakes mislead residents: the money and the record checks. */
export const groups = [
  { name: "money", score: 90, files: ["src/**/*money*.ts", "src/**/*amount*.ts", "src/**/funding-*.ts", "src/**/*total*.ts"] },
  { name: "record checks", score: 90, files: ["src/record/check-*.ts"] },
];

/**
 * Surviving mutants that change nothing a user could observe, each with its reason. They count as
 * ignored, not survived. `file`, `mutator` (Stryker's name) and `replacement` must match exactly;
 * `line` is the original text of the mutated line, matched as a substring so the entry survives
 * edits elsewhere in the file.
 */
export const equivalentMutants = [
  {
    file: "src/filters/format-record-date.ts",
    mutator: "StringLiteral",
    replacement: '""',
    line: 'padStart(2, "0")',
    reason: "the last day of a month is always 28 to 31, two digits already, so the padding never adds anything",
  },
  {
    file: "src/loaders/amount-writing.ts",
    mutator: "OptionalChaining",
    replacement: 'new Intl.NumberFormat(site.language, {\n  style: "currency",\n  currency: site.currency\n}).formatToParts(1).find(p => p.type === "currency").value',
    line: 'formatToParts(1).find((p) => p.type === "currency")?.value',
    reason: "Intl always writes a currency part for style currency (a code it does not know is written as the code), so the part is always found",
  },
  {
    file: "src/filters/format-money.ts",
    mutator: "ConditionalExpression",
    replacement: "true",
    line: "if (!formats.has(key))",
    reason: "the cache only saves time: a fresh Intl.NumberFormat with the same language, currency and options writes the same text",
  },
];

/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  packageManager: "npm",
  testRunner: "vitest",
  vitest: { configFile: "vitest.mutate.config.ts", related: true },
  coverageAnalysis: "perTest",
  // TypeScript 7 has no JavaScript API: Stryker's TypeScript support must not find a tsconfig
  // (else "ts.parseConfigFileTextToJson is not a function"). vitest compiles the TypeScript itself.
  tsconfigFile: "stryker-has-no-tsconfig.json",
  // Two cores shared by everyone: one worker unless told otherwise (--concurrency 2).
  concurrency: 1,
  timeoutMS: 10_000,
  // Module-level constants (month names, number formats) run at import, so each such mutant would
  // rerun every related test file: they are left unscored (docs/testing.md, "blind spots").
  ignoreStatic: true,
  incremental: true,
  reporters: ["clear-text", "progress"],
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true, reportMutants: false },
  ignorePatterns: ["_site", "_site.*", ".cache", "docs", "test-results", "reports"],
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
};
