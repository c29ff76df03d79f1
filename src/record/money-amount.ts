/** Sums added up, keeping "up to" apart: plain pence, formatted only by the page views. */
export interface MoneyAmount {
  /** The most it can be: fixed amounts plus every "up to" amount in full. */
  pence: number;
  /** Pence decided as fixed amounts. */
  fixedPence: number;
  /** Pence decided as "up to" amounts: ceilings, not sums spent. */
  upToPence: number;
  /** How many sums were added up. */
  count: number;
}

/** A sum's amount as the totals see it: its pence (or one year's share) and whether it is a ceiling. */
export interface Addend {
  pence: number;
  upTo: boolean;
}

/**
 * Adds sums up: a total that includes an "up to" amount is itself a ceiling.
 * @example addUp([{ pence: 480000000, upTo: false }, { pence: 100000000, upTo: true }]).upToPence // 100000000
 */
export function addUp(addends: readonly Addend[]): MoneyAmount {
  let fixedPence = 0;
  let upToPence = 0;
  for (const a of addends) {
    if (a.upTo) upToPence += a.pence;
    else fixedPence += a.pence;
  }
  return { pence: fixedPence + upToPence, fixedPence, upToPence, count: addends.length };
}
