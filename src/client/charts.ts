/**
 * The only script the site ships, loaded (deferred) by pages with a chart. Each chart's figure
 * already holds its data as a table; this draws the chart beside it from the JSON island.
 * Only the chart.js parts used are registered, so the bundle stays small.
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale } from "chart.js";
import type { ChartSpec } from "../charts/chart-spec.ts";
import { formatMoneyTick } from "../charts/format-tick.ts";
import { chartText, toChartConfig } from "../charts/to-chart-config.ts";
import { makeFills } from "./fills.ts";
import { valueLabels } from "./value-labels.ts";

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend);
Chart.defaults.font.family = chartText.family;
Chart.defaults.font.size = chartText.size;
Chart.defaults.color = chartText.color;

const formatters: Record<ChartSpec["valueFormat"], (value: number, spec: ChartSpec) => string> = {
  money: (value, spec) => formatMoneyTick(value, spec.locale),
  percent: (value) => `${value}%`,
};

const fills = makeFills();

for (const figure of document.querySelectorAll<HTMLElement>("[data-ar-chart]")) {
  const island = figure.querySelector<HTMLScriptElement>("script.ar-chart__data");
  const after = figure.querySelector(".ar-chart__table");
  if (!island || !after) continue;
  const spec = JSON.parse(island.textContent ?? "") as ChartSpec;

  const frame = document.createElement("div");
  frame.className = "ar-chart__canvas";
  // Height grows with the bars and label lines so nothing overlaps: each category takes the
  // larger of its bars and its wrapped label, plus room for the legend and axis.
  const rows = spec.categories.reduce((sum, lines) => sum + Math.max(30 * spec.series.length, 19 * lines.length + 14), 0);
  frame.style.height = `${Math.max(180, rows + (spec.series.length > 1 ? 110 : 80))}px`;
  const canvas = document.createElement("canvas");
  canvas.setAttribute("role", "img");
  canvas.setAttribute("aria-label", spec.label);
  frame.append(canvas);
  after.after(frame);

  // Smaller text on phones leaves the bars room between their labels and their values.
  const fontSize = figure.clientWidth < 480 ? 12 : chartText.size;
  new Chart(canvas, { ...toChartConfig(spec, fills, (value) => formatters[spec.valueFormat](value, spec), fontSize), plugins: [valueLabels(spec, fontSize)] });
}
