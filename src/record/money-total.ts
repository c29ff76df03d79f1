import { formatMoney, formatMoneyExact } from "../filters/format-money.ts";
import type { FundingLine } from "../schemas/funding.ts";

/** A sum of funding lines as residents read it, keeping "up to" amounts honest. */
export interface MoneyTotal {
  /** The most it can be, in pence: fixed amounts plus every "up to" amount in full. */
  pence: number;
  /** Pence decided as fixed amounts. */
  fixedPence: number;
  /** Pence decided as "up to" amounts: the decision allowed at most this much. */
  upToPence: number;
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
  /** How many funding lines were added up. */
  count: number;
}

/**
 * Adds up funding lines: a total that includes an "up to" amount is itself an "up to" total.
 * @example moneyTotal([{ amountPence: 480000000, upTo: false }, { amountPence: 100000000, upTo: true }]).text // "up to £5.8m"
 */
export function moneyTotal(lines: readonly Pick<FundingLine, "amountPence" | "upTo">[]): MoneyTotal {
  let fixedPence = 0;
  let upToPence = 0;
  for (const line of lines) {
    if (line.upTo) upToPence += line.amountPence;
    else fixedPence += line.amountPence;
  }
  return moneyTotalOf(fixedPence, upToPence, lines.length);
}

/**
 * The same total from sums already added up, for running totals that grow one line at a time.
 * @example moneyTotalOf(480000000, 100000000, 2).breakdown // "£4.8m plus up to £1m"
 */
export function moneyTotalOf(fixedPence: number, upToPence: number, count: number): MoneyTotal {
  const pence = fixedPence + upToPence;
  const hasUpTo = upToPence > 0;
  return {
    pence,
    fixedPence,
    upToPence,
    hasUpTo,
    text: `${hasUpTo ? "up to " : ""}${formatMoney(pence)}`,
    amount: formatMoney(pence),
    exact: formatMoneyExact(pence),
    breakdown: hasUpTo && fixedPence > 0 ? `${formatMoney(fixedPence)} plus up to ${formatMoney(upToPence)}` : undefined,
    count,
  };
}
