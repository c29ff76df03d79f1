import type { FundingStatus } from "../schemas/funding.ts";
import type { FundRow, StatusTotal } from "../record/funding-summary.ts";
import type { ChartFill, ChartView } from "./chart-spec.ts";
import { wrapLabel } from "./wrap-label.ts";

/** Each status keeps its fill on every chart, so the legend means the same everywhere. */
export const statusFills: Record<FundingStatus, ChartFill> = { approved: "solid", recommended: "stripes", proposed: "dots" };

const describeTotals = (totals: readonly StatusTotal[]) =>
  totals.map((t) => `${t.label.toLowerCase()} ${t.total.text}`).join("; ");

/**
 * Running totals by status after each decision that involved money, in timeline order.
 * Decision dates are often ranges, so the chart uses one bar group per decision, not a time axis.
 * @example moneyOverTimeChart([{ dateText: "10 November 2014", toDate }]).spec.categories // [["10 November 2014"]]
 */
export function moneyOverTimeChart(points: readonly { dateText: string; toDate: readonly StatusTotal[] }[]): ChartView {
  const statuses = points[0]?.toDate ?? [];
  const last = points.at(-1);
  return {
    id: "money-over-time",
    title: "Money committed over time",
    description:
      `Money approved and recommended up to each decision that involved money, added up in timeline order (${points.length} ${points.length === 1 ? "decision" : "decisions"}).` +
      (last ? ` After the last one (${last.dateText}): ${describeTotals(last.toDate)}.` : ""),
    spec: {
      label: `Bar chart of money committed up to each decision, by status. The table above gives every figure.`,
      categories: points.map((p) => wrapLabel(p.dateText, 14)),
      valueFormat: "money",
      axisTitle: "Money up to this decision",
      series: statuses.map((s, i) => ({
        label: s.label,
        fill: statusFills[s.status],
        values: points.map((p) => p.toDate[i]!.total.pence || null),
        valueLabels: points.map((p) => (p.toDate[i]!.total.pence ? p.toDate[i]!.total.text : null)),
      })),
    },
  };
}

/**
 * Totals by fund, one bar per status in use, from the same rows as the table by fund.
 * @example moneyByFundChart(summary.byFund).spec.series.map((s) => s.label) // ["Approved", "Recommended"]
 */
export function moneyByFundChart(rows: readonly FundRow[]): ChartView {
  const statuses = rows[0]?.cells ?? [];
  return {
    id: "money-by-fund",
    title: "Money by fund and status",
    description:
      `Money by the fund it comes from, split by status. ` +
      rows.map((r) => `${r.label}: ${r.cells.filter((c) => c.total).map((c) => `${c.total!.text} ${c.label.toLowerCase()}`).join(" and ")}`).join(". ") +
      ".",
    spec: {
      label: `Bar chart of money by fund and status. The table above gives every figure.`,
      categories: rows.map((r) => wrapLabel(r.label, 14)),
      valueFormat: "money",
      axisTitle: "Money",
      series: statuses.map((s, i) => ({
        label: s.label,
        fill: statusFills[s.status],
        values: rows.map((r) => r.cells[i]!.total?.pence ?? null),
        valueLabels: rows.map((r) => r.cells[i]!.total?.text ?? null),
      })),
    },
  };
}
