import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadRecord } from "../../src/loaders/load-record.ts";
import { formatProblems } from "../../src/problems/format-problems.ts";
import { buildRecordModel } from "../../src/record/build-model.ts";
import { buildModel } from "../../src/views/build-views.ts";
import { fixturesDir } from "../support/fixture-record.ts";
import { recordAt } from "../support/load-model.ts";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";

const fixture = path.join(fixturesDir, "staged-money");
const model = async () => buildModel(await recordAt(fixture));
const totals = (list: readonly { label: string; total: { text: string; count: number } }[]) => list.map((t) => `${t.label}: ${t.total.text} (${t.total.count})`);

describe("a sum that moves through stages", () => {
  it("is one sum, counted once, at its latest stage; a withdrawn sum is listed but never added up", async () => {
    const { money } = await model();
    expect(money.out.sums.map((s) => `${s.id}: ${s.stages.map((st) => st.label).join(" → ")}`)).toEqual([
      "repairs-fund: Recommended → Approved",
      "heating-scheme: Proposed → Withdrawn",
    ]);
    expect(totals(money.out.byStatus)).toEqual(["Approved: £3m (1)", "Withdrawn: £250,000 (1)"]);
    expect(money.out.all.text).toBe("£3m");
  });

  it("moves between the running totals rather than appearing twice", async () => {
    const { money, entries } = await model();
    expect(money.columns.map((c) => c.label)).toEqual(["Approved", "Recommended", "Proposed", "Withdrawn"]);
    expect(money.overTime.map((p) => [p.entryId, p.toDate.map((t) => t.total.text)])).toEqual([
      ["committee-recommends-repairs-fund", ["£0", "£3m", "£250,000", "£0"]],
      ["council-approves-repairs-fund", ["£3m", "£0", "£0", "£250,000"]],
      ["grant-received", ["£3m", "£0", "£0", "£250,000"]],
    ]);
    const council = entries.find((e) => e.id === "council-approves-repairs-fund")!;
    expect(totals(council.runningTotals)).toEqual(["Approved: £3m (1)", "Withdrawn: £250,000 (1)"]);
    // No money has come in yet, so the entry says nothing of money coming in (not "Received: £0").
    expect(totals(council.runningIncome)).toEqual([]);
    expect(council.moneyByStatus).toEqual([
      { status: "approved", label: "Approved", text: "£3m" },
      { status: "withdrawn", label: "Withdrawn", text: "£250,000" },
    ]);
  });

  it("totals money coming in apart from money going out, never netted", async () => {
    const { money, entries } = await model();
    expect(totals(money.in.byStatus)).toEqual(["Received: £500,000 (1)"]);
    expect(money.flows.map((f) => f.heading)).toEqual(["Money going out", "Money coming in"]);
    expect(money.out.all.pence).toBe(300000000);
    expect(totals(entries.find((e) => e.id === "grant-received")!.runningIncome)).toEqual(["Received: £500,000 (1)"]);
  });

  it("totals a sum spread over three financial years by year", async () => {
    const { money } = await model();
    expect(money.out.byYear.map((r) => `${r.label}: ${r.total.text}`)).toEqual(["2021/22: £1m", "2022/23: £1m", "2023/24: £1m"]);
    expect(money.out.sums[0]!.financialYear).toBe("2021/22 to 2023/24");
  });

  it("keeps the meaning free of formatting: plain pence, stages and positions", async () => {
    const meaning = buildRecordModel(await recordAt(fixture));
    expect(meaning.money.out.byStage.map((t) => [t.stage.id, t.amount])).toEqual([
      ["approved", { pence: 300000000, fixedPence: 300000000, upToPence: 0, count: 1 }],
      ["withdrawn", { pence: 25000000, fixedPence: 25000000, upToPence: 0, count: 1 }],
    ]);
    expect(meaning.sums.map((s) => [s.id, s.latest.stage, s.counts])).toEqual([
      ["repairs-fund", "approved", "agreed"], ["heating-scheme", "withdrawn", "none"], ["decent-homes-grant-2022", "received", "spent"],
    ]);
  });
});

describe("the record's own vocabularies and figures", () => {
  it("labels kinds, funds and promise statuses in the record's words", async () => {
    const { entries, timelineFilters, promises, promiseScale, money } = await model();
    expect(entries.map((e) => e.kindLabel)).toEqual(["Committee decision", "Council meeting", "Grant"]);
    expect(timelineFilters.kinds.map((k) => k.url)).toEqual(["/timeline/kind/committee-decision/", "/timeline/kind/council-meeting/", "/timeline/kind/grant/"]);
    expect(money.out.byFund.map((f) => f.label)).toEqual(["Housing revenue account"]);
    expect(promises.map((p) => p.statusLabel)).toEqual(["Withdrawn"]);
    expect(promiseScale.map((s) => s.status)).toEqual(["not-yet-rated", "kept", "withdrawn"]);
  });

  it("writes a count, a duration against a target, and says a change was worked out from two figures", async () => {
    const { statistics, figures } = await model();
    expect(statistics.map((s) => [s.valueText, s.beforeText, s.changeShort, s.changeFromText, s.targetText])).toEqual([
      ["4,312 repairs", "2,100 repairs", "+105.3%", "worked out from the two figures the source gives", undefined],
      ["87 days", undefined, undefined, undefined, "28 days"],
    ]);
    expect(figures.page).toMatchObject({ title: "Repairs in figures", url: "/figures/", sectionTitle: "The backlog in figures" });
    expect(figures.chart?.title).toBe("How the figures changed");
  });

  it("names the pages and the navigation from the record, leaving out a page with nothing to show", async () => {
    const { navigation, pageWords } = await model();
    expect(navigation.map((n) => `${n.label} ${n.url}`)).toEqual([
      "Timeline /", "Money /money/", "Figures /figures/", "People /people/", "Pledges /promises/", "Sources /sources/", "About /about/", "Search /search/",
    ]);
    expect(pageWords.promises!.title).toBe("Pledges and what became of them");
    const minimal = buildModel(await recordAt(path.join(fixturesDir, "minimal")));
    expect(minimal.navigation.map((n) => n.label)).not.toContain("Figures");
    expect(minimal.optionalPages.statistics).toEqual([]);
  });
});

describe("checking a record's vocabularies and stages", () => {
  let root: string | undefined;
  afterEach(async () => {
    if (root) await rm(root, { recursive: true, force: true });
    root = undefined;
  });
  const withEdits = async (edits: Record<string, (text: string) => string>) => {
    root = await mkdtemp(path.join(tmpdir(), "ar-staged-"));
    await cp(fixture, root, { recursive: true });
    for (const [file, edit] of Object.entries(edits)) await writeFile(path.join(root, file), edit(await readFile(path.join(root, file), "utf8")));
    const result = await loadRecord(root, { today: "2026-01-01" });
    return result.ok ? "" : formatProblems(result.problems);
  };

  it("catches a misspelt kind, fund, stage and status against the record's own lists", async () => {
    expect(await withEdits({
      "content/2022/2022-06-01-grant-received.md": (t) => t.replace("kind: grant", "kind: comittee-decision"),
      "data/funding.json": (t) => t.replace('"fund": "decent-homes-grant"', '"fund": "decent-home-grant"').replace('"stage": "received"', '"stage": "recieved"'),
      "data/promises.json": (t) => t.replace('"withdrawn"', '"withdrawan"'),
    })).toBe([
      'content/2022/2022-06-01-grant-received.md:5:7  kind: "comittee-decision" is not one of the allowed values (expected one of "committee-decision", "council-meeting", "grant"); did you mean "committee-decision"?',
      'data/funding.json:34:15  sums[2].fund: "decent-home-grant" is not one of the allowed values (expected one of "housing-revenue-account", "decent-homes-grant"); did you mean "decent-homes-grant"?',
      'data/funding.json:36:29  sums[2].stages[0].stage: "recieved" is not one of the allowed values (expected one of "proposed", "recommended", "approved", "received", "withdrawn"); did you mean "received"?',
      'data/promises.json:3:152  promises[0].status: "withdrawan" is not one of the allowed values (expected one of "not-yet-rated", "kept", "withdrawn"); did you mean "withdrawn"?',
      "4 problems in 3 files. How to fix each message: CONTENT.md#error-messages",
    ].join("\n"));
  });

  it("refuses stages out of the vocabulary's order, and an entry that lists a sum none of whose stages it records", async () => {
    expect(await withEdits({
      "data/funding.json": (t) => t.replace('"stage": "recommended", "entry": "committee-recommends-repairs-fund"', '"stage": "approved", "entry": "committee-recommends-repairs-fund"')
        .replace('"stage": "approved", "entry": "council-approves-repairs-fund"', '"stage": "recommended", "entry": "council-approves-repairs-fund"'),
      "content/2022/2022-06-01-grant-received.md": (t) => t.replace("  - decent-homes-grant-2022", "  - decent-homes-grant-2022\n  - repairs-fund"),
    })).toBe([
      'content/2022/2022-06-01-grant-received.md:14:5  funding[1]: lists "repairs-fund", but no stage of that sum in data/funding.json is recorded by this entry; add a stage with entry "grant-received", or remove it here',
      'data/funding.json:15:20  sums[0].stages[1].stage: "recommended" cannot follow "approved": a sum moves through the stages in the order data/vocabularies.json lists them, each once',
      "2 problems in 2 files. How to fix each message: CONTENT.md#error-messages",
    ].join("\n"));
  });
});
