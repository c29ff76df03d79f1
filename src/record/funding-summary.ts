import { fundingStatuses, funds, type Fund, type FundingLine, type FundingStatus } from "../schemas/funding.ts";
import { moneyTotal, moneyTotalOf, type MoneyTotal } from "./money-total.ts";

/** Statuses as residents meet them: what was agreed first, then what was only asked for. */
export const statusDisplayOrder: readonly FundingStatus[] = ["approved", "recommended", "proposed"];

/** What each status means, in plain words; shown beside every total by status. */
export const fundingStatusNotes: Record<FundingStatus, string> = {
  approved: "Agreed by the body that decides.",
  recommended: "Recommended to the body that decides; the record does not show it approved.",
  proposed: "Asked for; the record does not show it recommended or approved.",
};

type Line = Pick<FundingLine, "id" | "amountPence" | "upTo" | "fund" | "status" | "entry">;

export interface StatusTotal {
  status: FundingStatus;
  label: string;
  note: string;
  total: MoneyTotal;
}

export interface FundRow {
  fund: Fund;
  label: string;
  /** One cell per status in use, in display order; undefined where the fund has no line of that status. */
  cells: { status: FundingStatus; label: string; total: MoneyTotal | undefined }[];
  total: MoneyTotal;
}

/** The money at one decision: what it added, and what had been committed by then, by status. */
export interface DecisionPoint<L extends Line> {
  entryId: string;
  added: L[];
  /** Running totals after this decision, one per status in use, in display order. */
  toDate: StatusTotal[];
}

/**
 * Totals by status and by fund, and running totals in timeline order, all computed from the lines.
 * `lines` must already be in timeline order (by their decision entry).
 * @example summariseFunding(model.funding).byStatus[0].total.text // "up to £5.8m"
 */
export function summariseFunding<L extends Line>(lines: readonly L[]) {
  const statusesUsed = statusDisplayOrder.filter((s) => lines.some((l) => l.status === s));
  const statusTotal = (status: FundingStatus, of: readonly L[]): StatusTotal => ({
    status,
    label: fundingStatuses[status],
    note: fundingStatusNotes[status],
    total: moneyTotal(of.filter((l) => l.status === status)),
  });

  const byStatus = statusesUsed.map((s) => statusTotal(s, lines));

  const byFund: FundRow[] = (Object.keys(funds) as Fund[])
    .filter((fund) => lines.some((l) => l.fund === fund))
    .map((fund) => {
      const of = lines.filter((l) => l.fund === fund);
      return {
        fund,
        label: funds[fund],
        cells: statusesUsed.map((status) => {
          const cell = of.filter((l) => l.status === status);
          return { status, label: fundingStatuses[status], total: cell.length > 0 ? moneyTotal(cell) : undefined };
        }),
        total: moneyTotal(of),
      };
    });

  // Decision points follow the lines' timeline order; one point per entry that decided money.
  // Sums grow one line at a time so a long record stays linear.
  const overTime: DecisionPoint<L>[] = [];
  const sums = new Map(statusesUsed.map((s) => [s, { fixed: 0, upTo: 0, count: 0 }]));
  lines.forEach((line, i) => {
    const sum = sums.get(line.status)!;
    if (line.upTo) sum.upTo += line.amountPence;
    else sum.fixed += line.amountPence;
    sum.count += 1;
    const last = overTime.at(-1);
    if (last && last.entryId === line.entry) last.added.push(line);
    else overTime.push({ entryId: line.entry, added: [line], toDate: [] });
    if (lines[i + 1]?.entry !== line.entry) {
      overTime.at(-1)!.toDate = statusesUsed.map((status) => {
        const { fixed, upTo, count } = sums.get(status)!;
        return { status, label: fundingStatuses[status], note: fundingStatusNotes[status], total: moneyTotalOf(fixed, upTo, count) };
      });
    }
  });

  return { statusesUsed, byStatus, byFund, overTime };
}

export type FundingSummary<L extends Line> = ReturnType<typeof summariseFunding<L>>;
