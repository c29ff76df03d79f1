import type { Chart, Plugin } from "chart.js";
import type { ChartSpec } from "../charts/chart-spec.ts";
import { chartText } from "../charts/to-chart-config.ts";

/**
 * Writes each bar's value beside it, as the table writes it, so no one has to match colours to
 * a legend or read values off the axis.
 */
export function valueLabels(spec: ChartSpec, fontSize = chartText.size): Plugin<"bar"> {
  return {
    id: "arValueLabels",
    afterDatasetsDraw(chart: Chart<"bar">) {
      const { ctx } = chart;
      ctx.save();
      ctx.font = `600 ${fontSize}px ${chartText.family}`;
      ctx.fillStyle = chartText.color;
      ctx.textBaseline = "middle";
      spec.series.forEach((series, i) => {
        if (!chart.isDatasetVisible(i)) return;
        chart.getDatasetMeta(i).data.forEach((bar, j) => {
          const text = series.valueLabels[j];
          const value = series.values[j];
          if (text == null || value == null) return;
          const { x, y } = bar.getProps(["x", "y"], true) as { x: number; y: number };
          ctx.textAlign = value < 0 ? "right" : "left";
          ctx.fillText(text, value < 0 ? x - 6 : x + 6, y);
        });
      });
      ctx.restore();
    },
  };
}
