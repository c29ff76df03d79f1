import type { Statistic } from "../schemas/statistic.ts";

/** A change in a figure: the percentage, and whether the source states it or it was worked out from the source's two figures. */
export interface StatisticChange {
  percent: number;
  from: "source" | "values";
}

/**
 * The change a statistic shows: as its source states it, else worked out from its before and after
 * values (to one decimal place), else none. A change from zero has no percentage.
 * @example statisticChange({ value: 87, before: { value: 58, period: "2021" } }) // { percent: 50, from: "values" }
 */
export function statisticChange(s: Pick<Statistic, "changePercent" | "value" | "before">): StatisticChange | undefined {
  if (s.changePercent !== undefined) return { percent: s.changePercent, from: "source" };
  if (s.value === undefined || s.before === undefined || s.before.value === 0) return undefined;
  return { percent: Math.round(((s.value - s.before.value) / Math.abs(s.before.value)) * 1000) / 10, from: "values" };
}
