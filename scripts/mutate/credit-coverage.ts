/** Stryker's record of which mutants ran: at import (`static`) and during each test, by test id. */
export interface MutantCoverage {
  static: Record<string, number>;
  perTest: Record<string, Record<string, number>>;
}

/**
 * Corrects one test file's share of Stryker's coverage, once its tests have run (see
 * mutation-run.setup.ts): what ran after its imports but outside its tests (`beforeAll`, `afterAll`)
 * is credited to every one of its tests, and code that also ran at import is taken off its tests,
 * so it stays load-time. `atImport` is the static record as it stood when the imports were done.
 * @example creditOutsideTests({ static: { "1": 1 }, perTest: {} }, {}, ["a#t"]) // perTest { "a#t": { "1": 1 } }, static {}
 */
export function creditOutsideTests(coverage: MutantCoverage, atImport: Readonly<Record<string, number>>, tests: readonly string[]): void {
  const outside = Object.entries(coverage.static).filter(([id, hits]) => hits > (atImport[id] ?? 0));
  for (const test of tests) {
    const hits = (coverage.perTest[test] ??= {});
    for (const [id, count] of outside) hits[id] = (hits[id] ?? 0) + count - (atImport[id] ?? 0);
  }
  for (const [id] of outside) {
    if (atImport[id] === undefined) delete coverage.static[id];
    else coverage.static[id] = atImport[id];
  }
  // Load-time code a test reaches again is another copy of its module, loaded by that test (an
  // Eleventy build imports the filters afresh): the tests of the copy vitest loaded cannot be run
  // against it, so it stays load-time rather than "survive" the one test that loaded the copy.
  for (const test of tests) {
    const hits = coverage.perTest[test]!;
    for (const id of Object.keys(hits)) if (coverage.static[id] !== undefined) delete hits[id];
  }
}
