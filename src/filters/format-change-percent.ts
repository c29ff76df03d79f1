const number = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1 });

/**
 * A stated percentage change in words.
 * @example formatChangePercent(70) // "up 70%"
 */
export function formatChangePercent(percent: number): string {
  if (percent === 0) return "no change";
  return `${percent > 0 ? "up" : "down"} ${number.format(Math.abs(percent))}%`;
}

/**
 * A stated percentage change with its sign, for chart labels and tables.
 * @example formatChangeShort(-5) // "−5%"
 */
export function formatChangeShort(percent: number): string {
  if (percent === 0) return "0%";
  return `${percent > 0 ? "+" : "−"}${number.format(Math.abs(percent))}%`;
}
