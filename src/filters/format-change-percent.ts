const formats = new Map<string, Intl.NumberFormat>();
const number = (language: string) => {
  // One decimal place, or one significant figure when that would round a real change to "0".
  if (!formats.has(language)) formats.set(language, new Intl.NumberFormat(language, { maximumFractionDigits: 1, maximumSignificantDigits: 1, roundingPriority: "morePrecision" }));
  return formats.get(language)!;
};

/**
 * A stated percentage change in words.
 * @example formatChangePercent(70) // "up 70%"
 */
export function formatChangePercent(percent: number, language = "en-GB"): string {
  if (percent === 0) return "no change";
  return `${percent > 0 ? "up" : "down"} ${number(language).format(Math.abs(percent))}%`;
}

/**
 * A stated percentage change with its sign, for chart labels and tables.
 * @example formatChangeShort(-5) // "−5%"
 */
export function formatChangeShort(percent: number, language = "en-GB"): string {
  if (percent === 0) return "0%";
  return `${percent > 0 ? "+" : "−"}${number(language).format(Math.abs(percent))}%`;
}
