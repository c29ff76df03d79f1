import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { formatProblem } from "../../src/problems/format-problems.ts";
import type { Locate } from "../../src/problems/problem.ts";
import { checkStages } from "../../src/record/check-stages.ts";
import type { ReportRecord } from "../../src/record/report-record.ts";
import { fixturesDir } from "../support/fixture-record.ts";
import { recordAt } from "../support/load-model.ts";

// The staged-money fixture: repairs-fund recommended (2021-02-10) then approved (2021-03-04),
// heating-scheme proposed then withdrawn by the same two entries, a grant received (2022-06-01).
let staged: ReportRecord;
// Loaded in the first test rather than beforeAll, so Stryker sees the checks the loader runs as
// that test's coverage (code run before any test counts as "static" and was never re-run).
beforeEach(async () => {
  staged ??= await recordAt(path.join(fixturesDir, "staged-money"));
});

const COMMITTEE = "content/2021/2021-02-10-committee-recommends-repairs-fund.md";
const COUNCIL = "content/2021/2021-03-04-council-approves-repairs-fund.md";
const GRANT = "content/2022/2022-06-01-grant-received.md";
// Where the check asked to point: line = depth of the field's path.
const depthLocate: Locate = (p) => ({ line: p.length, column: 3 });

/** The problems checkStages reports after `change`, one formatted line each; entry files unlocated unless `locateEntries`. */
function problemsAfter(change: (record: ReportRecord) => void, locateEntries = false): string[] {
  const record = structuredClone(staged);
  change(record);
  const locators = new Map<string, Locate>([["data/funding.json", depthLocate]]);
  if (locateEntries) for (const e of record.entries) locators.set(e.file, depthLocate);
  return checkStages(record, locators).map(formatProblem);
}
const sum = (record: ReportRecord, id: string) => record.funding.find((s) => s.id === id)!;
const entry = (record: ReportRecord, id: string) => record.entries.find((e) => e.id === id)!;

describe("checkStages", () => {
  it("finds nothing wrong in a sum recommended, then approved, each stage recorded by an entry listing it", () => {
    expect(problemsAfter(() => {})).toEqual([]);
  });

  it("reports a stage whose entry does not list the sum, at the stage's entry", () => {
    expect(problemsAfter((r) => (entry(r, "council-approves-repairs-fund").funding = ["heating-scheme"]))).toEqual([
      'data/funding.json:5:3  sums[0].stages[1].entry: entry "council-approves-repairs-fund" does not list "repairs-fund" under funding; add it there so the two agree',
    ]);
  });

  it("reports an entry that lists a sum none of whose stages it records, located in the entry when it can be", () => {
    const lists = (r: ReportRecord) => entry(r, "grant-received").funding.push("repairs-fund");
    const message = 'funding[1]: lists "repairs-fund", but no stage of that sum in data/funding.json is recorded by this entry; add a stage with entry "grant-received", or remove it here';
    expect(problemsAfter(lists)).toEqual([`${GRANT}:1:1  ${message}`]);
    expect(problemsAfter(lists, true)).toEqual([`${GRANT}:2:3  ${message}`]);
  });

  it("leaves an unknown sum or entry to the reference check, which names it once", () => {
    expect(problemsAfter((r) => entry(r, "grant-received").funding.push("no-such-sum"))).toEqual([]);
    // The stage's unknown entry is not reported here; the grant's entry now records no stage of it.
    expect(problemsAfter((r) => (sum(r, "decent-homes-grant-2022").stages[0]!.entry = "no-such-entry"))).toEqual([
      `${GRANT}:1:1  funding[0]: lists "decent-homes-grant-2022", but no stage of that sum in data/funding.json is recorded by this entry; add a stage with entry "grant-received", or remove it here`,
    ]);
  });

  it("refuses stages out of the vocabulary's order, and a stage reached twice", () => {
    expect(problemsAfter((r) => {
      const [recommended, approved] = sum(r, "repairs-fund").stages;
      [recommended!.stage, approved!.stage] = ["approved", "recommended"];
    })).toEqual([
      'data/funding.json:5:3  sums[0].stages[1].stage: "recommended" cannot follow "approved": a sum moves through the stages in the order data/vocabularies.json lists them, each once',
    ]);
    expect(problemsAfter((r) => (sum(r, "repairs-fund").stages[1]!.stage = "recommended"))).toEqual([
      'data/funding.json:5:3  sums[0].stages[1].stage: "recommended" cannot follow "recommended": a sum moves through the stages in the order data/vocabularies.json lists them, each once',
    ]);
  });

  it("compares each stage with the one before it, not the first, and accepts a stage that skips ahead", () => {
    // proposed → approved skips recommended: allowed. Then recommended after approved is not.
    expect(problemsAfter((r) => {
      const stages = sum(r, "repairs-fund").stages;
      stages[0]!.stage = "proposed";
      stages.push({ ...stages[1]!, stage: "recommended" });
    })).toEqual([
      'data/funding.json:5:3  sums[0].stages[2].stage: "recommended" cannot follow "approved": a sum moves through the stages in the order data/vocabularies.json lists them, each once',
    ]);
  });

  it("leaves a stage the vocabulary does not declare to the vocabulary check", () => {
    expect(problemsAfter((r) => (sum(r, "repairs-fund").stages[0]!.stage = "recomended"))).toEqual([]);
    expect(problemsAfter((r) => {
      const stages = sum(r, "repairs-fund").stages;
      stages.splice(1, 0, { ...stages[1]!, stage: "agreed" });
    })).toEqual([]);
  });

  it("reports a stage recorded by an entry dated before the stage it follows", () => {
    expect(problemsAfter((r) => (entry(r, "council-approves-repairs-fund").date = "2021-02-09"))).toEqual([
      'data/funding.json:5:3  sums[0].stages[1].entry: entry "council-approves-repairs-fund" is dated 2021-02-09, before the stage it follows (2021-02-10); list the stages in the order they happened',
      'data/funding.json:5:3  sums[1].stages[1].entry: entry "council-approves-repairs-fund" is dated 2021-02-09, before the stage it follows (2021-02-10); list the stages in the order they happened',
    ]);
    // The same day is not before.
    expect(problemsAfter((r) => (entry(r, "council-approves-repairs-fund").date = "2021-02-10"))).toEqual([]);
  });

  it("dates a stage whose entry is unknown by the stage before it, so the next stage is still compared", () => {
    expect(problemsAfter((r) => {
      const stages = sum(r, "repairs-fund").stages;
      stages.splice(1, 0, { ...stages[1]!, stage: "recommended", entry: "lost-entry" });
      stages[2]!.stage = "approved";
      stages[0]!.stage = "proposed";
      entry(r, "council-approves-repairs-fund").date = "2021-02-01";
    })).toEqual([
      'data/funding.json:5:3  sums[0].stages[2].entry: entry "council-approves-repairs-fund" is dated 2021-02-01, before the stage it follows (2021-02-10); list the stages in the order they happened',
      'data/funding.json:5:3  sums[1].stages[1].entry: entry "council-approves-repairs-fund" is dated 2021-02-01, before the stage it follows (2021-02-10); list the stages in the order they happened',
    ]);
    // A first stage with an unknown entry dates nothing, so nothing after it is "before" it.
    expect(problemsAfter((r) => {
      sum(r, "repairs-fund").stages[0]!.entry = "lost-entry";
      entry(r, "committee-recommends-repairs-fund").funding = ["heating-scheme"];
    })).toEqual([]);
  });

  it("goes on comparing with the last known stage past one the vocabulary does not declare", () => {
    expect(problemsAfter((r) => {
      const stages = sum(r, "repairs-fund").stages;
      stages.splice(1, 0, { ...stages[1]!, stage: "agreed", entry: "lost-entry" });
      stages[2]!.stage = "proposed";
    })).toEqual([
      'data/funding.json:5:3  sums[0].stages[2].stage: "proposed" cannot follow "recommended": a sum moves through the stages in the order data/vocabularies.json lists them, each once',
    ]);
  });

  it("compares the next stage with a known stage whose entry is unknown", () => {
    expect(problemsAfter((r) => {
      const stages = sum(r, "repairs-fund").stages;
      stages[0]!.stage = "proposed";
      stages.splice(1, 0, { ...stages[1]!, stage: "approved", entry: "lost-entry" });
      stages[2]!.stage = "recommended";
    })).toEqual([
      'data/funding.json:5:3  sums[0].stages[2].stage: "recommended" cannot follow "approved": a sum moves through the stages in the order data/vocabularies.json lists them, each once',
    ]);
  });

  it("checks against the first of two files that share an id when both list as many sums", () => {
    expect(problemsAfter((r) => {
      const council = entry(r, "council-approves-repairs-fund");
      r.entries.push({ ...council, file: "content/2021/2021-03-05-council-approves-repairs-fund.md", funding: ["heating-scheme", "no-such-sum"] });
    })).toEqual([]);
  });

  it("checks a sum's stages against the entry file that lists it when two files share an id", () => {
    const twin = (r: ReportRecord, first: boolean) => {
      const council = entry(r, "council-approves-repairs-fund");
      const copy = { ...council, file: "content/2021/2021-03-05-council-approves-repairs-fund.md", funding: [] };
      r.entries.splice(r.entries.indexOf(council) + (first ? 0 : 1), 0, copy);
    };
    expect(problemsAfter((r) => twin(r, true))).toEqual([]);
    expect(problemsAfter((r) => twin(r, false))).toEqual([]);
  });
});
