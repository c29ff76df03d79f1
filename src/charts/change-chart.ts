import type { ChartView } from "./chart-spec.ts";
import { wrapLabel } from "./wrap-label.ts";

interface ChangePoint {
  measure: string;
  percent: number;
  changeText: string;
  changeShort: string;
  period: string;
}

/**
 * Percentage changes in figures, with each period on its label because the sources do not all
 * compare the same years; whether each change is stated or worked out is in the table beside it.
 * @example changeChart("Change in demand", points).spec.series[0].valueLabels // ["+70%", "+14%", …]
 */
export function changeChart(title: string, points: readonly ChangePoint[]): ChartView {
  const periods = [...new Set(points.map((s) => s.period))];
  const largest = [...points].sort((a, b) => Math.abs(b.percent) - Math.abs(a.percent))[0];
  return {
    id: "changes",
    title,
    description:
      `The percentage change in each of ${points.length} ${points.length === 1 ? "figure" : "figures"}.` +
      (periods.length > 1 ? ` The figures cover ${periods.length} different periods (${periods.join("; ")}), so they do not compare like with like.` : "") +
      (largest ? ` The largest change: ${largest.measure}, ${largest.changeText} (${largest.period}).` : ""),
    spec: {
      label: `Bar chart of the percentage change in each figure. The table above gives every figure, period and source.`,
      categories: points.map((s) => [...wrapLabel(s.measure, 16), `(${s.period})`]),
      valueFormat: "percent",
      axisTitle: "Change (per cent)",
      series: [{ label: "Change", fill: "solid", values: points.map((s) => s.percent), valueLabels: points.map((s) => s.changeShort) }],
    },
  };
}
