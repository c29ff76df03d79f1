import type { ChartConfiguration } from "chart.js";
import type { ChartFill, ChartSpec } from "./chart-spec.ts";

/** How one fill is painted: a colour or a pattern, and an outline that meets 3:1 contrast on white. */
export interface FillStyle<P> {
  background: string | P;
  border: string;
}

/** The text colour and font of every chart, matching the site's. */
export const chartText = { color: "#0b0c0c", family: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif', size: 14 };

const longestLabel = (spec: ChartSpec) => Math.max(0, ...spec.series.flatMap((s) => s.valueLabels.map((l) => l?.length ?? 0)));

/**
 * A chart.js configuration for a spec: horizontal bars (labels stay readable on narrow screens),
 * no animation, every bar outlined. `fills` supplies colours or canvas patterns for each fill name.
 * @example toChartConfig(spec, fills, (v) => `${v}%`).type // "bar"
 */
export function toChartConfig<P>(
  spec: ChartSpec,
  fills: Record<ChartFill, FillStyle<P>>,
  formatTick: (value: number) => string,
  fontSize = chartText.size,
): ChartConfiguration<"bar", (number | null)[], string[]> {
  const font = { size: fontSize };
  return {
    type: "bar",
    data: {
      labels: spec.categories,
      datasets: spec.series.map((s) => ({
        label: s.label,
        data: s.values,
        backgroundColor: fills[s.fill].background as string,
        borderColor: fills[s.fill].border,
        borderWidth: 2,
        maxBarThickness: 36,
      })),
    },
    options: {
      indexAxis: "y",
      // A category with no bar for a series centres the bars it has instead of leaving a gap.
      skipNull: true,
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      // Leaves room at the end of the longest bar for its bold value label (about 0.62em a character).
      layout: { padding: { right: 12 + Math.ceil(0.62 * fontSize * longestLabel(spec)) } },
      scales: {
        x: {
          beginAtZero: true,
          title: { display: true, text: spec.axisTitle, color: chartText.color, font },
          ticks: { color: chartText.color, font, maxRotation: 0, callback: (value) => formatTick(Number(value)) },
          grid: { color: "#b1b4b6" },
        },
        y: { ticks: { color: chartText.color, font, autoSkip: false }, grid: { display: false } },
      },
      plugins: {
        legend: { display: spec.series.length > 1, position: "top", align: "start", labels: { color: chartText.color, font, boxWidth: 28, boxHeight: 18 } },
      },
    },
  };
}
