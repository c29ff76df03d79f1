import { describe, expect, it } from "vitest";
import { creditOutsideTests, type MutantCoverage } from "../../../scripts/mutate/credit-coverage.ts";

describe("creditOutsideTests", () => {
  it("credits what ran after the imports but outside the tests to every test of the file, and no longer as load-time", () => {
    const coverage: MutantCoverage = { static: { "1": 2, "7": 1 }, perTest: { "a.test.ts#one": { "3": 1 } } };
    creditOutsideTests(coverage, { "7": 1 }, ["a.test.ts#one", "a.test.ts#two"]);
    expect(coverage).toEqual({
      static: { "7": 1 },
      perTest: { "a.test.ts#one": { "1": 2, "3": 1 }, "a.test.ts#two": { "1": 2 } },
    });
  });

  it("keeps code that ran at import load-time, even where a test or a hook reached it again", () => {
    const coverage: MutantCoverage = { static: { "5": 3 }, perTest: { "b.test.ts#build": { "5": 1, "6": 4 } } };
    creditOutsideTests(coverage, { "5": 1 }, ["b.test.ts#build"]);
    expect(coverage).toEqual({ static: { "5": 1 }, perTest: { "b.test.ts#build": { "6": 4 } } });
  });

  it("leaves other files' tests alone", () => {
    const coverage: MutantCoverage = { static: { "2": 1 }, perTest: { "a.test.ts#one": { "2": 1 } } };
    creditOutsideTests(coverage, {}, ["b.test.ts#x"]);
    expect(coverage.perTest).toEqual({ "a.test.ts#one": { "2": 1 }, "b.test.ts#x": { "2": 1 } });
  });
});
