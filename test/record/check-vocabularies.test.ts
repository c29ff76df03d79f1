import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { formatProblem } from "../../src/problems/format-problems.ts";
import type { Locate } from "../../src/problems/problem.ts";
import { checkVocabularies } from "../../src/record/check-vocabularies.ts";
import type { ReportRecord } from "../../src/record/report-record.ts";
import { fixturesDir } from "../support/fixture-record.ts";
import { recordAt } from "../support/load-model.ts";

// The staged-money fixture declares its own short lists: three kinds, two funds, five stages, three statuses.
let staged: ReportRecord;
// Loaded in the first test rather than beforeAll, so Stryker sees the checks the loader runs as
// that test's coverage (code run before any test counts as "static" and was never re-run).
beforeEach(async () => {
  staged ??= await recordAt(path.join(fixturesDir, "staged-money"));
});

const GRANT = "content/2022/2022-06-01-grant-received.md";
const depthLocate: Locate = (p) => ({ line: p.length, column: 7 });

function problemsAfter(change: (record: ReportRecord) => void, locators = new Map<string, Locate>()): string[] {
  const record = structuredClone(staged);
  change(record);
  return checkVocabularies(record, record.vocabularies, locators).map(formatProblem);
}
const entry = (r: ReportRecord, id: string) => r.entries.find((e) => e.id === id)!;

describe("checkVocabularies", () => {
  it("accepts every kind, fund, stage and status the record's vocabularies declare", () => {
    expect(problemsAfter(() => {})).toEqual([]);
  });

  it("names a misspelt term with the declared ones and the one probably meant, where it is written", () => {
    expect(problemsAfter((r) => {
      entry(r, "grant-received").kind = "grnat";
      r.sources[0]!.kind = "minuets";
      r.funding[1]!.fund = "housing-revenue-acount";
      r.funding[1]!.stages[1]!.stage = "withdrawm";
      r.promises[0]!.status = "kep";
    }, new Map([[GRANT, depthLocate], ["data/funding.json", depthLocate]]))).toEqual([
      `${GRANT}:1:7  kind: "grnat" is not one of the allowed values (expected one of "committee-decision", "council-meeting", "grant"); did you mean "grant"?`,
      `${staged.sources[0]!.file}:1:1  kind: "minuets" is not one of the allowed values (expected one of "minutes", "foi-response"); did you mean "minutes"?`,
      'data/funding.json:3:7  sums[1].fund: "housing-revenue-acount" is not one of the allowed values (expected one of "housing-revenue-account", "decent-homes-grant"); did you mean "housing-revenue-account"?',
      'data/funding.json:5:7  sums[1].stages[1].stage: "withdrawm" is not one of the allowed values (expected one of "proposed", "recommended", "approved", "received", "withdrawn"); did you mean "withdrawn"?',
      'data/promises.json:1:1  promises[0].status: "kep" is not one of the allowed values (expected one of "not-yet-rated", "kept", "withdrawn"); did you mean "kept"?',
    ]);
  });

  it("checks every entry against the same list, and offers no guess when nothing is close", () => {
    expect(problemsAfter((r) => {
      for (const e of r.entries) e.kind = "zzz";
    })).toEqual(staged.entries.map((e) => `${e.file}:1:1  kind: "zzz" is not one of the allowed values (expected one of "committee-decision", "council-meeting", "grant")`));
  });

  it("says when the record declares no terms of that vocabulary at all", () => {
    expect(problemsAfter((r) => (r.vocabularies.funds = []))).toEqual([
      'data/funding.json:1:1  sums[0].fund: "housing-revenue-account" is not declared: data/vocabularies.json has no funds yet (add it there)',
      'data/funding.json:1:1  sums[1].fund: "housing-revenue-account" is not declared: data/vocabularies.json has no funds yet (add it there)',
      'data/funding.json:1:1  sums[2].fund: "decent-homes-grant" is not declared: data/vocabularies.json has no funds yet (add it there)',
    ]);
  });
});
