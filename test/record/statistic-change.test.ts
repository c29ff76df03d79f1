import { describe, expect, it } from "vitest";
import { statisticChange } from "../../src/record/statistic-change.ts";

describe("the change a statistic shows", () => {
  it("is the source's own percentage when it states one, even with both figures given", () => {
    expect(statisticChange({ changePercent: -12.5, value: 87, before: { value: 58, period: "2021" } })).toEqual({ percent: -12.5, from: "source" });
    expect(statisticChange({ changePercent: 0 })).toEqual({ percent: 0, from: "source" });
  });

  it("is worked out from the two figures, to one decimal place, up or down", () => {
    expect(statisticChange({ value: 87, before: { value: 58, period: "2021" } })).toEqual({ percent: 50, from: "values" });
    expect(statisticChange({ value: 4312, before: { value: 2100, period: "2021" } })).toEqual({ percent: 105.3, from: "values" });
    expect(statisticChange({ value: 2, before: { value: 3, period: "2021" } })).toEqual({ percent: -33.3, from: "values" });
    // From a negative figure, a rise is still a rise.
    expect(statisticChange({ value: -5, before: { value: -10, period: "2021" } })).toEqual({ percent: 50, from: "values" });
  });

  it("is none without both figures, or from zero", () => {
    expect(statisticChange({ value: 87 })).toBeUndefined();
    expect(statisticChange({ before: { value: 58, period: "2021" } })).toBeUndefined();
    expect(statisticChange({ value: 87, before: { value: 0, period: "2021" } })).toBeUndefined();
  });
});
