import type { MoneyTotal } from "./money-total-view.ts";

/** One of the model's totals by stage (money.byStatus): the stage, what it means, and its total. */
export interface StatusTotal {
  status: string;
  label: string;
  note: string;
  /** What the stage counts for; a stage that counts for nothing (withdrawn) is no money at all. */
  counts?: string;
  total: MoneyTotal;
}

/** One stage a sum of money can reach, with every sum whose latest stage it is, added up once. */
export interface StageTotal {
  /** The stage's id, for the money page's anchor. */
  id: string;
  label: string;
  /** What the stage means, in plain words. */
  note: string;
  /** @example "up to £5.8m" */
  text: string;
  /** True when the total includes an "up to" sum, so it is a ceiling. */
  hasUpTo: boolean;
  /** How many sums are at this stage. */
  count: number;
  /** Where the money page explains this total. */
  url: string;
}

/**
 * The model's money totals, one per stage, as the home page shows them. The only place the status
 * block reads money, so a change in how the model counts sums changes this function alone.
 * @example moneyByStage(model.money.byStatus)[0] // { id: "approved", label: "Approved", text: "up to £5.8m", … }
 */
export function moneyByStage(totals: readonly StatusTotal[]): StageTotal[] {
  return totals
    .filter((t) => t.total.count > 0 && t.counts !== "none")
    .map((t) => ({
      id: t.status,
      label: t.label,
      note: t.note,
      text: t.total.text,
      hasUpTo: t.total.hasUpTo,
      count: t.total.count,
      url: `/money/#status-${t.status}`,
    }));
}
