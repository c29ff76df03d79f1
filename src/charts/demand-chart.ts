import type { ChartView } from "./chart-spec.ts";
import { wrapLabel } from "./wrap-label.ts";

interface StatisticPoint {
  measure: string;
  changePercent: number;
  changeText: string;
  changeShort: string;
  period: string;
}

/**
 * Percentage changes in demand as the sources state them, with each period on its label because
 * the sources do not all compare the same years.
 * @example demandChart(model.statistics).spec.series[0].valueLabels // ["+70%", "+14%", …]
 */
export function demandChart(statistics: readonly StatisticPoint[]): ChartView {
  const periods = [...new Set(statistics.map((s) => s.period))];
  const largest = [...statistics].sort((a, b) => Math.abs(b.changePercent) - Math.abs(a.changePercent))[0];
  return {
    id: "demand",
    title: "Change in demand, as the sources state it",
    description:
      `The percentage change in each of ${statistics.length} ${statistics.length === 1 ? "measure" : "measures"}, as its source states it.` +
      (periods.length > 1 ? ` The figures cover ${periods.length} different periods (${periods.join("; ")}), so they do not compare like with like.` : "") +
      (largest ? ` The largest change: ${largest.measure}, ${largest.changeText} (${largest.period}).` : ""),
    spec: {
      label: `Bar chart of the percentage change in each measure. The table above gives every figure, period and source.`,
      categories: statistics.map((s) => [...wrapLabel(s.measure, 16), `(${s.period})`]),
      valueFormat: "percent",
      axisTitle: "Change (per cent)",
      series: [
        {
          label: "Change",
          fill: "solid",
          values: statistics.map((s) => s.changePercent),
          valueLabels: statistics.map((s) => s.changeShort),
        },
      ],
    },
  };
}
