import path from "node:path";
import { describe, expect, it } from "vitest";
import { fixturesDir, housingRoot } from "../support/fixture-record.ts";
import { housingModel, recordAt } from "../support/load-model.ts";
import { buildModel, type ReportModel } from "../../src/views/build-views.ts";
import { moneyTotalView } from "../../src/views/money-total-view.ts";

// What the money page (_includes/pages/money.njk) and the entry pages say about money, read from the
// page model of two fixture records: staged-money (a sum spread over three years, a withdrawn sum,
// a grant coming in) and housing ("up to" sums, five stages in the vocabulary).
const stagedModel = async () => buildModel(await recordAt(path.join(fixturesDir, "staged-money")));
type Flow = ReportModel["money"]["flows"][number];

/** A sum's row in "every sum", as the table reads: amount, exact amount, what for, stages, fund. */
const sumRow = (line: Flow["sums"][number]) =>
  [
    `${line.amountText} (${line.upTo ? "at most" : "exactly"} ${line.amountExact}) ${line.label} [${line.directionLabel}]`,
    ...line.stages.map((s, i) => `  ${s.label}${i === line.stages.length - 1 && line.stages.length > 1 ? " (latest)" : ""} by ${s.decidedByPerson.name}, ${s.decision.dateText}: ${s.decision.title}${s.stageNote ? ` (${s.stageNote})` : ""} [${s.sourceList.map((x) => x.title).join("; ")}]`),
    `  ${line.fundLabel}, ${line.financialYear}${line.spread ? `: ${line.years.map((y) => `${y.financialYear} ${y.amountText}`).join("; ")}` : ""}`,
    `  counted at ${line.statusLabel} (${line.counts}), decided by ${line.decidedByPerson.name} in ${line.decision.title}; sources ${line.sourceList.map((x) => x.id).join(", ")}`,
  ].join("\n");
/** A table of totals by fund or by year: each row's cells under the flow's stages, then its total. */
const rows = (list: Flow["byFund"]) => list.map((r) => `${r.id} ${r.label}: ${r.cells.map((c) => `${c.label} ${c.total?.text ?? "–"}`).join(", ")}; total ${r.total.text}`);

describe("the money page's list of every sum", () => {
  it("writes each sum with its exact amount, every stage it reached, who decided it, when, and its fund and years", async () => {
    const { money } = await stagedModel();
    expect(money.out.sums.map(sumRow)).toEqual([
      [
        "£3m (exactly £3,000,000) Emergency fund for the repairs backlog [Money going out]",
        "  Recommended by Housing Committee, 10 February 2021: Housing Committee recommends a £3m repairs fund [Housing Committee minutes, 10 February 2021]",
        "  Approved (latest) by Full Council, 4 March 2021: Full council approves the £3m repairs fund (Approved without amendment.) [Council minutes, 4 March 2021]",
        "  Housing revenue account, 2021/22 to 2023/24: 2021/22 £1m; 2022/23 £1m; 2023/24 £1m",
        "  counted at Approved (agreed), decided by Full Council in Full council approves the £3m repairs fund; sources committee-minutes, council-minutes",
      ].join("\n"),
      [
        "£250,000 (exactly £250,000) Heating replacement scheme [Money going out]",
        "  Proposed by Housing Committee, 10 February 2021: Housing Committee recommends a £3m repairs fund [Housing Committee minutes, 10 February 2021]",
        "  Withdrawn (latest) by Full Council, 4 March 2021: Full council approves the £3m repairs fund [Council minutes, 4 March 2021]",
        "  Housing revenue account, 2021/22",
        "  counted at Withdrawn (none), decided by Full Council in Full council approves the £3m repairs fund; sources committee-minutes, council-minutes",
      ].join("\n"),
    ]);
    expect(money.in.sums.map(sumRow)).toEqual([
      [
        "£500,000 (exactly £500,000) Decent homes grant for 2022/23 [Money coming in]",
        "  Received by The government, 1 June 2022: The council receives a £500,000 decent homes grant [Reply to a request about the decent homes grant]",
        "  Decent homes grant, 2022/23",
        "  counted at Received (spent), decided by The government in The council receives a £500,000 decent homes grant; sources foi-grant",
      ].join("\n"),
    ]);
  });

  it("writes an “up to” sum as a ceiling, and explains “up to” only on a record that has one", async () => {
    const housing = await housingModel();
    const temporary = housing.money.out.sums.find((s) => s.id === "temporary-housing")!;
    expect([temporary.amountText, temporary.amountExact, temporary.upTo]).toEqual(["up to £750,000", "£750,000", true]);
    expect([housing.money.hasUpTo, housing.money.out.hasUpTo, housing.money.in.hasUpTo]).toEqual([true, true, false]);
    const staged = await stagedModel();
    expect([staged.money.hasUpTo, staged.money.out.hasUpTo]).toEqual([false, false]);
    // Both stages of the taskforce cite the same statement: the sum lists it once.
    const taskforce = housing.money.out.sums.find((s) => s.id === "damp-taskforce")!;
    expect([taskforce.stages.map((s) => s.sources.join(",")), taskforce.sourceList.map((s) => s.id)]).toEqual([["council-statement-repairs-fund", "council-statement-repairs-fund"], ["council-statement-repairs-fund"]]);
  });

  it("keys the page with every stage some sum reached, in the vocabulary's order and words", async () => {
    const { money } = await housingModel();
    // The housing vocabulary has no withdrawn sum, so "Withdrawn" is not explained there.
    expect(money.stagesInUse.map((s) => `${s.status} ${s.label}: ${s.note}`)).toEqual([
      "proposed Proposed: Put forward to a committee; the record does not show it recommended or approved.",
      "recommended Recommended: Recommended by the Housing Committee to the Policy and Resources Committee, which decides.",
      "approved Approved: Agreed by the committee that decides.",
      "received Received: Paid to the council.",
    ]);
  });

  it("leaves out of the key a stage of the vocabulary that no sum reached", async () => {
    const record = structuredClone(await recordAt(path.join(fixturesDir, "staged-money")));
    // Without the heating scheme no sum was ever proposed or withdrawn.
    record.funding = record.funding.filter((s) => s.id !== "heating-scheme");
    for (const e of record.entries) e.funding = e.funding.filter((id) => id !== "heating-scheme");
    expect(buildModel(record).money.stagesInUse.map((s) => s.label)).toEqual(["Recommended", "Approved", "Received"]);
  });

  it("cites under the money page every source any sum cites, once, in the order of the sources list", async () => {
    const { money } = await stagedModel();
    expect(money.sources.map((s) => `${s.id}: ${s.kindLabel}, ${s.dateText}`)).toEqual(["committee-minutes: Minutes, 10 February 2021", "council-minutes: Minutes, 4 March 2021", "foi-grant: FOI response, 20 June 2022"]);
  });

  it("does not cite under the money page a source no sum cites", async () => {
    const record = await recordAt(path.join(fixturesDir, "staged-money"));
    record.sources = [...record.sources, { ...record.sources[0]!, id: "an-unrelated-report", title: "An unrelated report" }];
    expect(buildModel(record).money.sources.map((s) => s.id)).toEqual(["committee-minutes", "council-minutes", "foi-grant"]);
  });
});

describe("the money page's totals", () => {
  it("adds up money going out by stage, fund and year, showing a withdrawn sum but leaving it out of every total", async () => {
    const { money } = await stagedModel();
    const out = money.flows[0]!;
    expect([out.direction, out.heading, out.countsText]).toEqual(["out", "Money going out", "Each sum is counted once, at the latest stage the record shows it reached."]);
    expect(out.statusesUsed.map((s) => `${s.status} ${s.label} (${s.counts}): ${s.note}`)).toEqual([
      "approved Approved (agreed): Agreed by full council.",
      "withdrawn Withdrawn (none): Dropped before it was agreed; not counted in any total.",
    ]);
    expect(out.byStatus.map((t) => `${t.status} ${t.label}: ${t.total.text}, ${t.note}`)).toEqual([
      "approved Approved: £3m, Agreed by full council.",
      "withdrawn Withdrawn: £250,000, Dropped before it was agreed; not counted in any total.",
    ]);
    expect(rows(out.byFund)).toEqual(["housing-revenue-account Housing revenue account: Approved £3m, Withdrawn £250,000; total £3m"]);
    expect(rows(out.byYear)).toEqual([
      "2021-22 2021/22: Approved £1m, Withdrawn £250,000; total £1m",
      "2022-23 2022/23: Approved £1m, Withdrawn –; total £1m",
      "2023-24 2023/24: Approved £1m, Withdrawn –; total £1m",
    ]);
    expect([out.all.text, out.leftOut?.text]).toEqual(["£3m", "£250,000"]);
    expect(money.all.text).toBe("£3m");
    expect(money.byStatus).toEqual(out.byStatus);
    expect(money.byFund).toEqual(out.byFund);
    expect(money.byYear).toEqual(out.byYear);
    expect(money.statusesUsed).toEqual(out.statusesUsed);
  });

  it("shows money coming in as a flow of its own, never set against money going out, and leaves it out when there is none", async () => {
    const { money } = await stagedModel();
    const income = money.flows[1]!;
    expect([income.direction, income.heading, income.all.text, income.leftOut]).toEqual(["in", "Money coming in", "£500,000", undefined]);
    expect(income.sums.map((s) => s.id)).toEqual(["decent-homes-grant-2022"]);
    expect(rows(income.byFund)).toEqual(["decent-homes-grant Decent homes grant: Received £500,000; total £500,000"]);
    expect(money.out.sums.map((s) => s.id)).toEqual(["repairs-fund", "heating-scheme"]);

    const outOnly = structuredClone(await recordAt(path.join(fixturesDir, "staged-money")));
    outOnly.funding = outOnly.funding.filter((s) => s.direction !== "in");
    for (const e of outOnly.entries) e.funding = e.funding.filter((id) => id !== "decent-homes-grant-2022");
    expect(buildModel(outOnly).money.flows.map((f) => f.heading)).toEqual(["Money going out"]);
  });

  it("writes a total with “up to” in it as a ceiling, and how it splits between fixed and “up to” sums", async () => {
    const { money } = await housingModel();
    expect(money.byStatus.map((t) => [t.label, t.total.text, t.total.amount, t.total.exact, t.total.hasUpTo, t.total.breakdown])).toEqual([
      ["Approved", "up to £4.45m", "£4.45m", "£4,450,000", true, "£3.7m plus up to £750,000"],
      ["Proposed", "£300,000", "£300,000", "£300,000", false, undefined],
    ]);
    // Only "up to" sums: a ceiling with nothing fixed to split off.
    expect(moneyTotalView({ pence: 75_000_000, fixedPence: 0, upToPence: 75_000_000, count: 1 })).toMatchObject({ text: "up to £750,000", hasUpTo: true, breakdown: undefined });
  });
});

describe("the money charts", () => {
  it("describes each chart in words, one per flow and per way of adding up, with ids of their own", async () => {
    const { money, charts } = await stagedModel();
    const [out, income] = money.flows;
    expect([out!.charts.byFund.id, out!.charts.byFund.title, out!.charts.byFund.description]).toEqual([
      "money-by-fund",
      "Money going out: by fund and stage",
      "Money going out: by fund and stage, each sum counted once, at its latest stage. Housing revenue account: £3m approved and £250,000 withdrawn.",
    ]);
    expect([out!.charts.byYear?.id, out!.charts.byYear?.description]).toEqual([
      "money-by-year",
      "Money going out: by financial year and stage, each sum counted once, at its latest stage. 2021/22: £1m approved and £250,000 withdrawn. 2022/23: £1m approved. 2023/24: £1m approved.",
    ]);
    expect([income!.charts.byFund.id, income!.charts.byFund.description]).toEqual([
      "money-by-fund-in",
      "Money coming in: by fund and stage, each sum counted once, at its latest stage. Decent homes grant: £500,000 received.",
    ]);
    // One financial year is no chart by year.
    expect(income!.charts.byYear).toBeUndefined();
    expect(charts.moneyByFund).toEqual(out!.charts.byFund);
    expect(charts.moneyOverTime.description).toBe(
      "Money at each stage after each decision that involved money, in timeline order (3 decisions); each sum is counted once, at the stage it had reached by then. After the last one (1 June 2022): approved £3m; recommended £0; proposed £0; withdrawn £250,000.",
    );
  });

  it("leaves out of the chart of money going out a decision that only brought money in", async () => {
    const record = structuredClone(await recordAt(path.join(fixturesDir, "staged-money")));
    // The grant, moved before any money went out: its decision changes no total of money going out.
    record.entries.find((e) => e.id === "grant-received")!.date = "2021-01-05";
    const { money, charts } = buildModel(record);
    expect(money.overTime.map((p) => p.decision.dateText)).toEqual(["5 January 2021", "10 February 2021", "4 March 2021"]);
    expect(charts.moneyOverTime.spec.categories.map((c) => [c].flat().join(" "))).toEqual(["10 February 2021", "4 March 2021"]);
    expect(charts.moneyOverTime.description).toMatch(/^Money at each stage after each decision that involved money, in timeline order \(2 decisions\);/);
  });

  it("gives each stage the same fill on every chart, so one legend reads for all of them", async () => {
    const { money, charts } = await stagedModel();
    const fills = (series: readonly { label: string; fill: string }[]) => series.map((s) => `${s.label} ${s.fill}`);
    // The vocabulary's display order: received (spent) first, then approved, recommended, proposed, withdrawn.
    expect(fills(money.columns)).toEqual(["Approved stripes", "Recommended dots", "Proposed solid", "Withdrawn stripes"]);
    expect(fills(money.incomeColumns)).toEqual(["Received solid"]);
    expect(fills(charts.moneyOverTime.spec.series)).toEqual(fills(money.columns));
    expect(fills(money.out.charts.byFund.spec.series)).toEqual(["Approved stripes", "Withdrawn stripes"]);
    expect(fills(money.in.charts.byFund.spec.series)).toEqual(["Received solid"]);
  });
});

describe("money over time and on each entry", () => {
  it("says what each decision did to the money and the totals after it, in timeline order", async () => {
    const { money } = await stagedModel();
    expect(money.overTime.map((p) => [
      `${p.decision.dateText} ${p.decision.title}`,
      p.added.map((a) => `${a.amountText} ${a.statusLabel.toLowerCase()}${a.direction === "in" ? " (coming in)" : ""} [${a.status}]`).join("; "),
      p.toDate.map((t) => `${t.label} ${t.total.text}`).join(", "),
      p.incomeToDate.map((t) => `${t.label} ${t.total.text}`).join(", "),
    ])).toEqual([
      ["10 February 2021 Housing Committee recommends a £3m repairs fund", "£3m recommended [recommended]; £250,000 proposed [proposed]", "Approved £0, Recommended £3m, Proposed £250,000, Withdrawn £0", "Received £0"],
      ["4 March 2021 Full council approves the £3m repairs fund", "£3m approved [approved]; £250,000 withdrawn [withdrawn]", "Approved £3m, Recommended £0, Proposed £0, Withdrawn £250,000", "Received £0"],
      ["1 June 2022 The council receives a £500,000 decent homes grant", "£500,000 received (coming in) [received]", "Approved £3m, Recommended £0, Proposed £0, Withdrawn £250,000", "Received £500,000"],
    ]);
  });

  it("gives each entry its sums at the stage that entry took them to, with who decided and the stage's note", async () => {
    const { entries } = await stagedModel();
    const moneyOf = (id: string) => {
      const e = entries.find((x) => x.id === id)!;
      return [e.moneyText, ...e.fundingList.map((f) => `${f.label}: ${f.statusLabel} [${f.status}] by ${f.decidedByPerson.name} (${f.decidedBy})${f.stageNote ? `, “${f.stageNote}”` : ""}; ${f.stageHere.label}, ${f.stageHere.decision.title}`)];
    };
    expect(moneyOf("committee-recommends-repairs-fund")).toEqual([
      "£3m and £250,000",
      "Emergency fund for the repairs backlog: Recommended [recommended] by Housing Committee (housing-committee); Recommended, Housing Committee recommends a £3m repairs fund",
      "Heating replacement scheme: Proposed [proposed] by Housing Committee (housing-committee); Proposed, Housing Committee recommends a £3m repairs fund",
    ]);
    expect(moneyOf("council-approves-repairs-fund")).toEqual([
      "£3m and £250,000",
      "Emergency fund for the repairs backlog: Approved [approved] by Full Council (full-council), “Approved without amendment.”; Approved, Full council approves the £3m repairs fund",
      "Heating replacement scheme: Withdrawn [withdrawn] by Full Council (full-council); Withdrawn, Full council approves the £3m repairs fund",
    ]);
  });

  it("gives an entry that moves no money no sums and no running totals", async () => {
    const model = buildModel(await recordAt(housingRoot));
    const quiet = model.entries.find((e) => e.id === "director-of-housing-leaves")!;
    expect([quiet.moneyText, quiet.fundingList, quiet.moneyByStatus, quiet.runningTotals, quiet.runningIncome]).toEqual(["", [], [], [], []]);
  });
});
