import path from "node:path";
import { describe, expect, it } from "vitest";
import { fixturesDir, housingRoot } from "../support/fixture-record.ts";
import { housingModel, minimalModel, recordAt } from "../support/load-model.ts";
import { buildModel } from "../../src/views/build-views.ts";
import { formatFigure, statisticsPageDefaults } from "../../src/views/statistics-view.ts";

const en = { language: "en-GB", currency: "GBP" };

describe("a figure in its unit", () => {
  it.each([
    [87, "days", undefined, "87 days"],
    [1, "days", undefined, "1 day"],
    [1, "weeks", undefined, "1 week"],
    [6, "weeks", undefined, "6 weeks"],
    [1, "months", undefined, "1 month"],
    [18, "months", undefined, "18 months"],
    [1, "years", undefined, "1 year"],
    [2, "years", undefined, "2 years"],
    [18, "percent", undefined, "18%"],
    [4312, "count", "repairs", "4,312 repairs"],
    [4312, "count", undefined, "4,312"],
    [120_000_000, "pence", undefined, "£1.2m"],
  ] as const)("writes %s %s (label %s) as “%s”", (value, unit, label, text) => {
    expect(formatFigure(value, unit, label, en)).toBe(text);
  });
});

describe("the figures page", () => {
  it("writes each figure as the page shows it: the headline, the earlier figure, the change and where it comes from", async () => {
    const { figures } = await housingModel();
    expect(figures.statistics.map((s) => [s.id, s.headline, s.valueText, s.beforeText, s.changeText, s.changeShort, s.changeFromText, s.url, (s.sourceItem as { id: string }).id, (s.statedByPerson as { name: string } | undefined)?.name])).toEqual([
      ["repairs-backlog", "4,312 repairs", "4,312 repairs", "2,100 repairs", "up 105.3%", "+105.3%", "worked out from the two figures the source gives", "/demand/#statistic-repairs-backlog", "ombudsman-determination", undefined],
      ["repairs-overdue", "up 180%", undefined, undefined, "up 180%", "+180%", "as the source states it", "/demand/#statistic-repairs-overdue", "contractor-performance-report", undefined],
      ["damp-complaints", "up 65%", undefined, undefined, "up 65%", "+65%", "as the source states it", "/demand/#statistic-damp-complaints", "ombudsman-determination", undefined],
      ["gas-checks-overdue", "down 40%", undefined, undefined, "down 40%", "−40%", "as the source states it", "/demand/#statistic-gas-checks-overdue", "committee-report-march-2023", "Priya Raman"],
    ]);
  });

  it("puts each caveat once at the top, lists the periods, and warns in the chart that they do not compare like with like", async () => {
    const { figures, charts } = await housingModel();
    expect(charts.statistics).toEqual(figures.chart);
    expect(figures.caveats).toEqual(["The contractor counts a repair as open until its last visit, even when the home is safe."]);
    expect(figures.periods).toEqual(["January 2022", "2020/21 to 2021/22", "2021 to 2022", '"Since the plan began"']);
    expect([figures.hasValues, figures.hasChanges, figures.hasTargets, figures.hasBefore]).toEqual([true, true, false, true]);
    expect(figures.chart?.title).toBe("Change in demand, as the sources state it");
    expect(figures.chart?.description).toBe(
      'The percentage change in each of 4 figures. The figures cover 4 different periods (January 2021 to January 2022; 2020/21 to 2021/22; 2021 to 2022; "Since the plan began"), so they do not compare like with like. The largest change: Repairs open for more than 28 days, up 180% (2020/21 to 2021/22).',
    );
  });

  it("cites every source a figure rests on, once, in the order of the sources list", async () => {
    const { figures } = await housingModel();
    expect(figures.sources.map((s) => s.id)).toEqual(["committee-report-march-2023", "contractor-performance-report", "ombudsman-determination"]);
  });

  it("names the page, its address and its downloads in the record's words", async () => {
    const model = await housingModel();
    expect(model.figures.page).toMatchObject({ title: "Demand on the service", navLabel: "Demand", url: "/demand/", sectionTitle: "Demand" });
    expect(model.optionalPages.statistics.map((p) => p.url)).toEqual(["/demand/"]);
    expect(model.downloadUrls).toEqual({ statisticsCsv: "/demand/statistics.csv", statisticsJson: "/demand/statistics.json" });
    expect(model.downloadLabels).toEqual({ statisticsCsv: "Demand statistics (CSV, for spreadsheets)", statisticsJson: "Demand statistics (JSON)" });
    expect(model.navigation.map((n) => `${n.label} ${n.url}`)).toContain("Demand /demand/");
  });

  it("writes a target against the figure, and charts a change with only one figure without a warning about periods", async () => {
    const { figures } = buildModel(await recordAt(path.join(fixturesDir, "staged-money")));
    expect(figures.statistics.map((s) => [s.headline, s.targetText])).toEqual([["4,312 repairs", undefined], ["87 days", "28 days"]]);
    expect([figures.hasTargets, figures.caveats]).toEqual([true, []]);
    expect(figures.chart?.description).toBe("The percentage change in each of 1 figure. The largest change: Repairs waiting to be done, up 105.3% (March 2021 to March 2022).");
  });

  it("uses the generic words for a record that names no figures page, and builds no page and no chart without figures", async () => {
    const model = await minimalModel();
    expect(model.figures.page).toEqual({
      title: "Figures",
      navLabel: "Figures",
      path: "figures",
      description: "Every figure the sources give, with its period, source and caveats.",
      lead: "The figures the sources give, each as stated, with the period it covers and where it comes from.",
      sectionTitle: "Figures",
      chartTitle: "Change in each figure",
      downloadsLabel: "Figures",
      url: "/figures/",
    });
    expect([model.figures.statistics, model.figures.chart, model.optionalPages.statistics]).toEqual([[], undefined, []]);
    expect([model.figures.hasValues, model.figures.hasChanges, model.figures.hasTargets, model.figures.hasBefore]).toEqual([false, false, false, false]);
    expect(model.downloadUrls.statisticsCsv).toBe("/figures/statistics.csv");
  });

  it("shows the figure and before columns only when some figure has one: a record of stated changes alone has neither", async () => {
    const record = await recordAt(housingRoot);
    const statedChanges = record.statistics.filter((s) => s.value === undefined && s.before === undefined);
    expect(statedChanges.length).toBeGreaterThan(0);
    const { figures } = buildModel({ ...record, statistics: statedChanges });
    expect([figures.hasValues, figures.hasChanges, figures.hasTargets, figures.hasBefore]).toEqual([false, true, false, false]);
  });
});
