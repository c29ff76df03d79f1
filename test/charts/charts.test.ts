import { describe, expect, it } from "vitest";
import { formatMoneyTick } from "../../src/charts/format-tick.ts";
import { toChartConfig } from "../../src/charts/to-chart-config.ts";
import { wrapLabel } from "../../src/charts/wrap-label.ts";
import { housingModel } from "../support/load-model.ts";

describe("the chart specs", () => {
  it("draw money by fund from the same totals as the table, one series per status", async () => {
    const { charts, money } = await housingModel();
    const { spec } = charts.moneyByFund;
    expect(spec.series.map((s) => [s.label, s.fill])).toEqual([["Approved", "solid"], ["Recommended", "stripes"], ["Proposed", "dots"]]);
    expect(spec.series[0]!.values).toEqual(money.byFund.map((r) => r.cells[0]!.total?.pence ?? null));
    expect(spec.series[0]!.valueLabels).toEqual([null, "£2.5m", "up to £750,000", null, "£400,000"]);
    expect(charts.moneyByFund.description).toBe(
      "Money by the fund it comes from, split by status. General reserves: £1.2m recommended. Reserves: £2.5m approved. " +
        "Contingency: up to £750,000 approved. Approved budget: £300,000 proposed. Government grant: £400,000 approved.",
    );
  });

  it("draw money over time as one bar group per decision, each labelled with its date", async () => {
    const { charts } = await housingModel();
    const { spec, description } = charts.moneyOverTime;
    expect(spec.categories).toEqual([["22 March 2022"], ["5 April 2022"], ["15 November", "2022"], ["14 March 2023"]]);
    expect(spec.series.map((s) => s.valueLabels)).toEqual([
      [null, "up to £3.25m", "up to £3.65m", "up to £3.65m"],
      ["£1.2m", "£1.2m", "£1.2m", "£1.2m"],
      [null, null, null, "£300,000"],
    ]);
    expect(description).toContain("After the last one (14 March 2023): approved up to £3.65m; recommended £1.2m; proposed £300,000.");
  });

  it("draw demand with each period on its label and say when the periods differ", async () => {
    const { charts } = await housingModel();
    const { spec, description } = charts.demand;
    expect(spec.series[0]!.valueLabels).toEqual(["+180%", "+65%", "−40%"]);
    expect(spec.categories[2]).toEqual(["Homes with an", "overdue gas", "safety check", '("Since the plan began")']);
    expect(description).toContain('The figures cover 3 different periods (2020/21 to 2021/22; 2021 to 2022; "Since the plan began"), so they do not compare like with like.');
  });
});

describe("toChartConfig", () => {
  it("makes horizontal bars with no animation, centring bars around empty ones, in the fills given", async () => {
    const { charts } = await housingModel();
    const fills = { solid: { background: "blue", border: "blue" }, stripes: { background: "P1", border: "brown" }, dots: { background: "P2", border: "purple" } };
    const config = toChartConfig(charts.moneyByFund.spec, fills, formatMoneyTick);
    expect(config.options?.indexAxis).toBe("y");
    expect(config.options?.animation).toBe(false);
    expect(config.options?.skipNull).toBe(true);
    expect(config.data.datasets.map((d) => [d.backgroundColor, d.borderColor])).toEqual([["blue", "blue"], ["P1", "brown"], ["P2", "purple"]]);
  });
});

describe("wrapLabel", () => {
  it("splits at spaces into lines of about the width", () => {
    expect(wrapLabel("Between 1 July and 9 November 2014", 14)).toEqual(["Between 1 July", "and 9 November", "2014"]);
  });

  it("keeps a word longer than the width whole", () => {
    expect(wrapLabel("Supercalifragilistic word", 5)).toEqual(["Supercalifragilistic", "word"]);
  });
});

describe("formatMoneyTick", () => {
  it.each([
    [0, "£0"],
    [50000000, "£500k"],
    [150000000, "£1.5m"],
    [12345, "£123.45"],
  ])("writes %i pence on an axis as %s", (pence, text) => {
    expect(formatMoneyTick(pence)).toBe(text);
  });
});
