import type { ChartFill, ChartView } from "./chart-spec.ts";
import { wrapLabel } from "./wrap-label.ts";

/** A stage as a chart needs it: its label and the fill it keeps on every chart. */
export interface ChartStage {
  label: string;
  fill: ChartFill;
}

/** A value as the chart draws it and as the table beside it writes it. */
export interface ChartAmount {
  pence: number;
  text: string;
}

type Locale = { language: string; currency: string };

/**
 * Running totals by stage after each entry that moved money, in timeline order; each sum counted
 * once, at the stage it had reached by then. Decision dates are often ranges, so the chart uses one
 * bar group per decision, not a time axis.
 * @example moneyOverTimeChart(stages, [{ dateText: "10 November 2014", toDate }], locale).spec.categories // [["10 November 2014"]]
 */
export function moneyOverTimeChart(stages: readonly ChartStage[], points: readonly { dateText: string; toDate: readonly ChartAmount[] }[], locale: Locale): ChartView {
  const last = points.at(-1);
  return {
    id: "money-over-time",
    title: "Money committed over time",
    description:
      `Money at each stage after each decision that involved money, in timeline order (${points.length} ${points.length === 1 ? "decision" : "decisions"}); each sum is counted once, at the stage it had reached by then.` +
      (last ? ` After the last one (${last.dateText}): ${stages.map((s, i) => `${s.label.toLowerCase()} ${last.toDate[i]!.text}`).join("; ")}.` : ""),
    spec: {
      label: `Bar chart of money at each stage up to each decision. The table above gives every figure.`,
      categories: points.map((p) => wrapLabel(p.dateText, 14)),
      valueFormat: "money",
      locale,
      axisTitle: "Money up to this decision",
      series: stages.map((s, i) => ({
        label: s.label,
        fill: s.fill,
        values: points.map((p) => p.toDate[i]!.pence || null),
        valueLabels: points.map((p) => (p.toDate[i]!.pence ? p.toDate[i]!.text : null)),
      })),
    },
  };
}

/**
 * Totals by fund (or by financial year), one bar per stage shown, from the same rows as the table.
 * @example moneyByRowChart("money-by-fund", "Money by fund and stage", stages, rows, locale).spec.series.map((s) => s.label) // ["Approved", "Recommended"]
 */
export function moneyByRowChart(
  id: string,
  title: string,
  stages: readonly ChartStage[],
  rows: readonly { label: string; cells: readonly (ChartAmount | undefined)[] }[],
  locale: Locale,
): ChartView {
  return {
    id,
    title,
    description:
      `${title}, each sum counted once, at its latest stage. ` +
      rows.map((r) => `${r.label}: ${r.cells.flatMap((c, i) => (c ? [`${c.text} ${stages[i]!.label.toLowerCase()}`] : [])).join(" and ")}`).join(". ") +
      ".",
    spec: {
      label: `Bar chart: ${title.toLowerCase()}. The table above gives every figure.`,
      categories: rows.map((r) => wrapLabel(r.label, 14)),
      valueFormat: "money",
      locale,
      axisTitle: "Money",
      series: stages.map((s, i) => ({
        label: s.label,
        fill: s.fill,
        values: rows.map((r) => r.cells[i]?.pence ?? null),
        valueLabels: rows.map((r) => r.cells[i]?.text ?? null),
      })),
    },
  };
}
