/**
 * A vitest setup file for Stryker's runs only (vitest.mutate.config.ts), run after Stryker's own
 * before every test file. It makes two things Stryker's vitest runner gets wrong come out the same
 * on every run, so a survivor is a test gap and not an accident of which test loaded a module first.
 *
 * 1. Code that runs as a module loads (a table of month names, a pattern) cannot be switched on by
 *    this runner: it turns a mutant on after the imports (stryker-js#6144). Stryker sets such
 *    mutants aside as load-time, unless the module happened to be loaded first by a test (through
 *    a dynamic import, say), which makes them look covered by that test, run, and "survive". Every
 *    mutated module is loaded here, before any test, with no mutant on, so its load-time code is
 *    always set aside.
 *    The same code reached again in a test, through another copy of the module that the test
 *    loads itself (an Eleventy build importing the filters), is set aside too.
 * 2. Stryker learns which tests reach a mutant from what runs while each test does, between its
 *    `beforeEach` and `afterEach`. What a `beforeAll` computes for the tests after it (a fixture
 *    loaded once, a site checked once) would count as load-time too, so those tests would never be
 *    run against the mutant. What runs after the imports but outside any test is credited to every
 *    test of the file: they are the tests that can see it.
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, inject } from "vitest";
import type { ProvidedContext, RunnerTestFile, RunnerTestSuite } from "vitest";
import { creditOutsideTests, type MutantCoverage } from "./credit-coverage.ts";
import { filesOf } from "./files-measured.ts";
import type { FolderTarget } from "./score-mutants.ts";

interface StrykerNamespace {
  activeMutant?: string;
  mutantCoverage?: MutantCoverage;
}
declare module "vitest" {
  export interface ProvidedContext {
    globalNamespace: string;
    mode: "dry-run" | "mutant";
    mutantActivation: "static" | "runtime";
  }
}

// Outside Stryker (vitest run with this config by hand) nothing is provided, and nothing is done.
const mode = inject("mode") as ProvidedContext["mode"] | undefined;
const ns = (mode === undefined ? {} : ((globalThis as Record<string, unknown>)[inject("globalNamespace")] ??= {})) as StrykerNamespace;
const root = path.resolve(import.meta.dirname, "../..");

/** Stryker's own test ids (its stryker-setup.js): the file, `#`, then the suites' and test's names. */
function testIds(suite: RunnerTestSuite | RunnerTestFile, file: string, names: string[] = []): string[] {
  return suite.tasks.flatMap((task) => {
    const named = [...names, task.name];
    if (task.type === "suite") return testIds(task, file, named);
    return task.type === "test" ? [`${file}#${named.join(" ").trim()}`] : [];
  });
}

if (mode === "dry-run") {
  let atImport: MutantCoverage["static"] = {};
  beforeAll(() => {
    atImport = { ...ns.mutantCoverage?.static };
  });
  // Vitest 4.1 hands an afterAll hook its context first, then the suite (here, the file); it reads
  // the hook's parameters, and wants the first destructured.
  // eslint-disable-next-line no-empty-pattern
  afterAll(({}, file) => {
    const coverage = ns.mutantCoverage;
    if (coverage === undefined) return;
    creditOutsideTests(coverage, atImport, testIds(file, (file as RunnerTestFile).filepath));
  });
}

// Last, as it waits (the hooks above are registered before it; the other order was not tried). A
// mutant to be switched on at run time must be off while modules load: the namespace outlives a
// run, so it may still hold the last run's mutant.
// Not in safe-build's run: its tests mock node:fs/promises (vi.mock) to inject faults, which only
// reaches modules loaded after the test file, and each of its test files runs isolated anyway.
const loadFirst = process.env.MUTATE_WITH_BUILDS !== "1";
if (loadFirst && (mode === "dry-run" || (mode === "mutant" && inject("mutantActivation") === "runtime"))) {
  const active = ns.activeMutant;
  ns.activeMutant = undefined;
  const { folders } = (await import(pathToFileURL(path.join(root, "stryker.config.mjs")).href)) as { folders: FolderTarget[] };
  for (const file of folders.flatMap((folder) => filesOf(root, folder))) await import(pathToFileURL(path.join(root, file)).href);
  ns.activeMutant = active;
}
