import { inject, vi } from "vitest";

// Stryker runs the unit tests in one thread without isolation (vitest.mutate.config.ts), so a
// module stays loaded from one mutant's run to the next, and Stryker switches a mutant on only
// once a test file has loaded its modules (in beforeAll). A mutant in code that runs when a module
// is first loaded (a table of messages, a schema built once, a pattern) was then never switched
// on, and counted as survived though the tests catch it. In a mutant's run, the mutant is switched
// on before the test file loads anything, and each test file loads its modules afresh. The dry
// run and ordinary test runs are untouched.
const provided = inject as (key: string) => unknown;
if (provided("mode") === "mutant") {
  const namespace = (globalThis as Record<string, unknown>)[provided("globalNamespace") as string] as { activeMutant?: unknown };
  namespace.activeMutant = provided("activeMutant");
  vi.resetModules();
}
