import { describe, expect, it } from "vitest";
import { formatMoneyTick } from "../../src/charts/format-tick.ts";
import { toChartConfig } from "../../src/charts/to-chart-config.ts";
import { wrapLabel } from "../../src/charts/wrap-label.ts";
import { housingModel } from "../support/load-model.ts";

describe("the chart specs", () => {
  it("draw money by fund from the same totals as the table, one series per stage, income apart", async () => {
    const { charts, money } = await housingModel();
    const { spec } = charts.moneyByFund;
    expect(spec.series.map((s) => [s.label, s.fill])).toEqual([["Approved", "stripes"], ["Proposed", "solid"]]);
    expect(spec.series[0]!.values).toEqual(money.byFund.map((r) => r.cells[0]!.total?.pence ?? null));
    expect(spec.series[0]!.valueLabels).toEqual(["£2.5m", "£1.2m", "up to £750,000", null]);
    expect(charts.moneyByFund.description).toBe(
      "Money going out: by fund and stage, each sum counted once, at its latest stage. Housing revenue account: £2.5m approved. " +
        "General reserves: £1.2m approved. Contingency: up to £750,000 approved. Approved budget: £300,000 proposed.",
    );
    expect(money.in.charts.byFund?.description).toBe("Money coming in: by fund and stage, each sum counted once, at its latest stage. Government grant: £400,000 received.");
  });

  it("draw money over time as one bar group per decision, a sum moving from one stage to the next", async () => {
    const { charts } = await housingModel();
    const { spec, description } = charts.moneyOverTime;
    expect(spec.categories).toEqual([["22 March 2022"], ["5 April 2022"], ["15 November", "2022"], ["14 March 2023"]]);
    expect(spec.series.map((s) => [s.label, s.valueLabels])).toEqual([
      ["Approved", [null, "up to £4.45m", "up to £4.45m", "up to £4.45m"]],
      ["Recommended", ["£1.2m", null, null, null]],
      ["Proposed", [null, null, null, "£300,000"]],
    ]);
    expect(description).toContain("After the last one (14 March 2023): approved up to £4.45m; recommended £0; proposed £300,000.");
  });

  it("draw the figures with each period on its label and say when the periods differ", async () => {
    const { charts } = await housingModel();
    const { spec, description } = charts.statistics!;
    expect(spec.series[0]!.valueLabels).toEqual(["+105.3%", "+180%", "+65%", "−40%"]);
    expect(spec.categories[0]).toEqual(["Repairs waiting", "to be done", "(January 2021 to January 2022)"]);
    expect(spec.categories[3]).toEqual(["Homes with an", "overdue gas", "safety check", '("Since the plan began")']);
    expect(description).toContain(
      'The figures cover 4 different periods (January 2021 to January 2022; 2020/21 to 2021/22; 2021 to 2022; "Since the plan began"), so they do not compare like with like.',
    );
  });
});

describe("toChartConfig", () => {
  it("makes horizontal bars with no animation, centring bars around empty ones, in the fills given", async () => {
    const { charts } = await housingModel();
    const fills = { solid: { background: "blue", border: "blue" }, stripes: { background: "P1", border: "brown" }, dots: { background: "P2", border: "purple" } };
    const config = toChartConfig(charts.moneyOverTime.spec, fills, (pence) => formatMoneyTick(pence));
    expect(config.options?.indexAxis).toBe("y");
    expect(config.options?.animation).toBe(false);
    expect(config.options?.skipNull).toBe(true);
    expect(config.data.datasets.map((d) => [d.backgroundColor, d.borderColor])).toEqual([["P1", "brown"], ["P2", "purple"], ["blue", "blue"]]);
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

  it("writes another currency in the record's language", () => {
    expect(formatMoneyTick(150000000, { language: "de-DE", currency: "EUR" })).toBe("1,5\u00a0Mio.\u00a0€");
  });
});
