import { inject, vi } from "vitest";

// Stryker runs the unit tests in one thread without isolation (vitest.mutate.config.ts), so a
// module stays loaded from one mutant's run to the next. A mutant in code that runs when a module
// is first loaded (a module-level table, a schema built once) would then never be switched on,
// and would count as survived though the tests catch it. In a mutant's run, each test file loads
// its modules afresh; the dry run and ordinary test runs are untouched.
if ((inject as (key: string) => unknown)("mode") === "mutant") vi.resetModules();
