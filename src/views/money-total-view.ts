import { formatMoney, formatMoneyExact, type MoneyLocale } from "../filters/format-money.ts";
import type { MoneyAmount } from "../record/money-amount.ts";

/** A total as residents read it, keeping "up to" amounts honest. */
export interface MoneyTotal extends MoneyAmount {
  /** True when any part was decided as "up to", so the total is a ceiling, not a sum spent. */
  hasUpTo: boolean;
  /** @example "up to £5.8m" */
  text: string;
  /** The ceiling as residents read it, without "up to", for layouts that set "up to" apart. @example "£5.8m" */
  amount: string;
  /** The exact ceiling, without "up to". @example "£5,800,000" */
  exact: string;
  /** How the ceiling splits when fixed and "up to" amounts are mixed, else undefined. @example "£4.8m plus up to £1m" */
  breakdown: string | undefined;
}

/**
 * Writes a total for the page: a total that includes an "up to" amount is itself an "up to" total.
 * @example moneyTotalView({ pence: 580000000, fixedPence: 480000000, upToPence: 100000000, count: 2 }).text // "up to £5.8m"
 */
export function moneyTotalView(amount: MoneyAmount, locale?: MoneyLocale): MoneyTotal {
  const hasUpTo = amount.upToPence > 0;
  const money = (pence: number) => formatMoney(pence, locale);
  return {
    ...amount,
    hasUpTo,
    text: `${hasUpTo ? "up to " : ""}${money(amount.pence)}`,
    amount: money(amount.pence),
    exact: formatMoneyExact(amount.pence, locale),
    breakdown: hasUpTo && amount.fixedPence > 0 ? `${money(amount.fixedPence)} plus up to ${money(amount.upToPence)}` : undefined,
  };
}
