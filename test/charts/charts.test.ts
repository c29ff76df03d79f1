import { describe, expect, it } from "vitest";
import { formatMoneyTick } from "../../src/charts/format-tick.ts";
import { toChartConfig } from "../../src/charts/to-chart-config.ts";
import { wrapLabel } from "../../src/charts/wrap-label.ts";
import { shippedModel } from "../support/load-model.ts";

describe("the chart specs", () => {
  it("draw money by fund from the same totals as the table, one series per status", async () => {
    const { charts, money } = await shippedModel();
    const { spec } = charts.moneyByFund;
    expect(spec.series.map((s) => [s.label, s.fill])).toEqual([["Approved", "solid"], ["Recommended", "stripes"]]);
    expect(spec.series[0]!.values).toEqual(money.byFund.map((r) => r.cells[0]!.total?.pence ?? null));
    expect(spec.series[0]!.valueLabels).toEqual([null, "£4.8m", "up to £1m"]);
    expect(charts.moneyByFund.description).toBe(
      "Money going out: by fund and stage, each sum counted once, at its latest stage. General reserves: £1.64m recommended. Reserves: £4.8m approved. Approved budget: up to £1m approved.",
    );
  });

  it("draw money over time as one bar group per decision, because decision dates are often ranges", async () => {
    const { charts } = await shippedModel();
    const { spec, description } = charts.moneyOverTime;
    expect(spec.categories).toEqual([["Between 1 July", "and 9 November", "2014"], ["10 November", "2014"]]);
    expect(spec.series.map((s) => s.valueLabels)).toEqual([["up to £5.8m", "up to £5.8m"], [null, "£1.64m"]]);
    expect(description).toContain("After the last one (10 November 2014): approved up to £5.8m; recommended £1.64m.");
  });

  it("draw demand with each period on its label and say when the periods differ", async () => {
    const { charts } = await shippedModel();
    const { spec, description } = charts.statistics!;
    expect(spec.series[0]!.valueLabels).toEqual(["+70%", "+14%", "+143%", "+139%"]);
    expect(spec.categories[2]).toEqual(["Referrals from", "the police", '("Last year")']);
    expect(description).toContain('The figures cover 2 different periods (2012/13 to 2013/14; "Last year"), so they do not compare like with like.');
  });
});

describe("toChartConfig", () => {
  it("makes horizontal bars with no animation, centring bars around empty ones, in the fills given", async () => {
    const { charts } = await shippedModel();
    const fills = { solid: { background: "blue", border: "blue" }, stripes: { background: "P1", border: "brown" }, dots: { background: "P2", border: "purple" } };
    const config = toChartConfig(charts.moneyByFund.spec, fills, (pence) => formatMoneyTick(pence));
    expect(config.options?.indexAxis).toBe("y");
    expect(config.options?.animation).toBe(false);
    expect(config.options?.skipNull).toBe(true);
    expect(config.data.datasets.map((d) => [d.backgroundColor, d.borderColor])).toEqual([["blue", "blue"], ["P1", "brown"]]);
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
