import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { buildRecordModel } from "../../src/record/build-model.ts";
import type { MoneyAmount } from "../../src/record/money-amount.ts";
import type { ReportRecord } from "../../src/record/report-record.ts";
import { fixturesDir } from "../support/fixture-record.ts";
import { recordAt } from "../support/load-model.ts";

// The staged-money fixture: repairs-fund (£3m, spread £1m a year over 2021/22 to 2023/24) is
// recommended by the committee (2021-02-10), then approved by council (2021-03-04); the heating
// scheme (£250,000, 2021/22) is proposed by the committee, then withdrawn by council; a £500,000
// grant comes in (2022-06-01).
let staged: ReportRecord;
// Loaded in the first test rather than beforeAll, so Stryker sees the checks the loader runs as
// that test's coverage (code run before any test counts as "static" and was never re-run).
beforeEach(async () => {
  staged ??= await recordAt(path.join(fixturesDir, "staged-money"));
});

const fixed = (pence: number, count = 1): MoneyAmount => ({ pence, fixedPence: pence, upToPence: 0, count });
const none: MoneyAmount = { pence: 0, fixedPence: 0, upToPence: 0, count: 0 };
const m = (pounds: number) => pounds * 100;

/** The fixture plus an "up to £100,000" insulation grant proposed by the grant's entry, going out. */
function withCeiling(): ReportRecord {
  const record = structuredClone(staged);
  record.funding.push({
    ...record.funding[1]!, id: "insulation", label: "Insulation", amountPence: m(100_000), upTo: true, financialYear: "2022/23",
    stages: [{ stage: "proposed", entry: "grant-received", decidedBy: "housing-committee", sources: ["foi-grant"] }],
  });
  return record;
}

describe("the totals of the money going out and coming in", () => {
  it("counts each sum once, at its latest stage, by stage and by what the stage means", () => {
    const { out, in: income } = buildRecordModel(staged).money;
    expect(out.byStage.map((t) => [t.stage.id, t.amount])).toEqual([["approved", fixed(m(3_000_000))], ["withdrawn", fixed(m(250_000))]]);
    expect(out.byCounts).toEqual([{ counts: "agreed", amount: fixed(m(3_000_000)) }, { counts: "none", amount: fixed(m(250_000)) }]);
    expect(income.byStage.map((t) => [t.stage.id, t.amount])).toEqual([["received", fixed(m(500_000))]]);
    expect(income.byCounts).toEqual([{ counts: "spent", amount: fixed(m(500_000)) }]);
    expect([out.sums.map((s) => s.id), income.sums.map((s) => s.id)]).toEqual([["repairs-fund", "heating-scheme"], ["decent-homes-grant-2022"]]);
  });

  it("leaves a withdrawn sum out of every row's total and the grand total, though its cell shows it", () => {
    const { out } = buildRecordModel(staged).money;
    expect(out.byFund.map((r) => [r.key.id, r.cells, r.amount])).toEqual([["housing-revenue-account", [fixed(m(3_000_000)), fixed(m(250_000))], fixed(m(3_000_000))]]);
    expect(out.all).toEqual(fixed(m(3_000_000)));
  });

  it("totals each financial year with each sum's share of it, earliest first, a cell empty where no sum is", () => {
    const { out, in: income } = buildRecordModel(staged).money;
    expect(out.byYear.map((r) => [r.key, r.cells, r.amount])).toEqual([
      ["2021/22", [fixed(m(1_000_000)), fixed(m(250_000))], fixed(m(1_000_000))],
      ["2022/23", [fixed(m(1_000_000)), undefined], fixed(m(1_000_000))],
      ["2023/24", [fixed(m(1_000_000)), undefined], fixed(m(1_000_000))],
    ]);
    expect(income.byYear.map((r) => [r.key, r.cells, r.amount])).toEqual([["2022/23", [fixed(m(500_000))], fixed(m(500_000))]]);
    expect(income.byFund.map((r) => [r.key.id, r.amount])).toEqual([["decent-homes-grant", fixed(m(500_000))]]);
  });

  it("lists the years earliest first, whatever order the sums come in", () => {
    const record = structuredClone(staged);
    record.funding[1]!.financialYear = "2020/21";
    expect(buildRecordModel(record).money.out.byYear.map((r) => r.key)).toEqual(["2020/21", "2021/22", "2022/23", "2023/24"]);
  });

  it("keeps an \"up to\" amount apart from fixed ones in every total it joins", () => {
    const { out } = buildRecordModel(withCeiling()).money;
    const ceiling: MoneyAmount = { pence: m(100_000), fixedPence: 0, upToPence: m(100_000), count: 1 };
    expect(out.byStage.map((t) => [t.stage.id, t.amount])).toEqual([["approved", fixed(m(3_000_000))], ["proposed", ceiling], ["withdrawn", fixed(m(250_000))]]);
    expect(out.byCounts.map((c) => c.counts)).toEqual(["agreed", "pending", "none"]);
    expect(out.all).toEqual({ pence: m(3_100_000), fixedPence: m(3_000_000), upToPence: m(100_000), count: 2 });
    expect(out.byYear.find((r) => r.key === "2022/23")!.amount).toEqual({ pence: m(1_100_000), fixedPence: m(1_000_000), upToPence: m(100_000), count: 2 });
  });

  it("shows the stages in the order residents read them: received, agreed, then the furthest pending first, withdrawn last", () => {
    const record = withCeiling();
    record.funding[0]!.stages.pop();
    record.funding[2]!.direction = "out";
    const { out } = buildRecordModel(record).money;
    expect(out.byStage.map((t) => t.stage.id)).toEqual(["received", "recommended", "proposed", "withdrawn"]);
  });
});

describe("the money over time", () => {
  it("moves a sum from one stage's running total to the next, entry by entry, never counting it twice", () => {
    const { overTime } = buildRecordModel(staged).money;
    expect([overTime.columns.out.map((s) => s.id), overTime.columns.in.map((s) => s.id)]).toEqual([["approved", "recommended", "proposed", "withdrawn"], ["received"]]);
    expect(overTime.points.map((p) => [p.entryId, p.added.map((a) => `${a.sum.id} ${a.stage.stage}`), p.toDate])).toEqual([
      ["committee-recommends-repairs-fund", ["repairs-fund recommended", "heating-scheme proposed"], { out: [none, fixed(m(3_000_000)), fixed(m(250_000)), none], in: [none] }],
      ["council-approves-repairs-fund", ["repairs-fund approved", "heating-scheme withdrawn"], { out: [fixed(m(3_000_000)), none, none, fixed(m(250_000))], in: [none] }],
      ["grant-received", ["decent-homes-grant-2022 received"], { out: [fixed(m(3_000_000)), none, none, fixed(m(250_000))], in: [fixed(m(500_000))] }],
    ]);
  });

  it("gives money coming in a column for every stage it passed through", () => {
    const record = structuredClone(staged);
    record.funding[2]!.stages.unshift({ stage: "approved", entry: "council-approves-repairs-fund", decidedBy: "full-council", sources: ["council-minutes"] });
    const { overTime } = buildRecordModel(record).money;
    expect(overTime.columns.in.map((s) => s.id)).toEqual(["received", "approved"]);
    expect(overTime.points.at(-1)!.toDate.in).toEqual([fixed(m(500_000)), none]);
  });

  it("keeps a ceiling apart from fixed sums as it moves, and counts the sums in each column", () => {
    const record = withCeiling();
    const insulation = record.funding.at(-1)!;
    insulation.stages.push({ stage: "approved", entry: "grant-received", decidedBy: "full-council", sources: ["foi-grant"] });
    const last = buildRecordModel(record).money.overTime.points.at(-1)!;
    expect(last.toDate.out).toEqual([{ pence: m(3_100_000), fixedPence: m(3_000_000), upToPence: m(100_000), count: 2 }, none, none, fixed(m(250_000))]);
  });
});
