const MULTIPLIERS: Record<string, number> = { "": 0, k: 3, thousand: 3, m: 6, million: 6, bn: 9, billion: 9 };

/**
 * An amount as a person types it, in pounds, to the whole pence the record stores. Exact: the
 * digits are shifted, never multiplied as a floating-point number. Accepts "4800000", "4,800,000.50",
 * "£4.8m", "1.5 million", "250k".
 * @example parsePounds("£4.8m") // { pence: 480000000 }
 */
export function parsePounds(text: string): { pence: number } | { error: string } {
  const bad = { error: `"${text.trim()}" is not an amount in pounds (expected a number such as 4800000, 4,800,000.50 or £4.8m)` };
  const match = /^£?\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*(k|thousand|m|million|bn|billion)?$/i.exec(text.trim());
  if (!match) return bad;
  const whole = match[1]!.replace(/,/g, "");
  const fraction = match[2] ?? "";
  const shift = MULTIPLIERS[(match[3] ?? "").toLowerCase()]! + 2;
  if (fraction.length > shift) return { error: `"${text.trim()}" has a fraction of a penny (expected at most ${shift} digits after the point)` };
  const pence = Number(`${whole}${fraction.padEnd(shift, "0")}`);
  if (!Number.isSafeInteger(pence)) return { error: `"${text.trim()}" is too large an amount` };
  if (pence === 0) return { error: "the amount is zero (expected a sum of money greater than £0)" };
  return { pence };
}

/**
 * Whole pence as an editor reads pounds: "4,800,000" or "4,800,000.50".
 * @example formatPounds(480000050) // "4,800,000.50"
 */
export function formatPounds(pence: number): string {
  const pounds = Math.floor(pence / 100).toLocaleString("en-GB");
  const rest = pence % 100;
  return rest === 0 ? pounds : `${pounds}.${String(rest).padStart(2, "0")}`;
}
