/** An amount of money written in words, such as "£1.64 million", and where it starts in its text. */
export interface WrittenAmount {
  /** Exactly as written, e.g. `£4.8m`. */
  text: string;
  /** The amount in whole pence, or undefined when it is not a whole number of pence (`£1.2345`). */
  pence: number | undefined;
  /** Offset of the `£` in the text searched. */
  index: number;
}

const MULTIPLIERS: Record<string, bigint> = {
  "": 1n, k: 1_000n, thousand: 1_000n, m: 1_000_000n, million: 1_000_000n, bn: 1_000_000_000n, billion: 1_000_000_000n,
};

// "£250,000", "£4.8m", "£1.64 million", "£2bn", "£3.50". The lookahead stops "£1m" matching "£1 more".
const pattern = (symbol: string) =>
  String.raw`${symbol.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\s?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:\s?(k|m|bn|thousand|million|billion)(?![a-z]))?`;
const patterns = new Map<string, { all: RegExp; whole: RegExp }>();
const patternsFor = (symbol: string) => {
  if (!patterns.has(symbol)) patterns.set(symbol, { all: new RegExp(pattern(symbol), "gi"), whole: new RegExp(`^${pattern(symbol)}$`, "i") });
  return patterns.get(symbol)!;
};

/**
 * The pence in an amount written with £, or undefined when it is not a whole number of pence.
 * Works in whole numbers (BigInt), so "£1.64m" is exactly 164000000 with no floating-point drift.
 * @example amountInPence("£1.64 million") // 164000000
 */
export function amountInPence(text: string, symbol = "£"): number | undefined {
  const match = patternsFor(symbol).whole.exec(text.trim());
  return match ? penceOf(match) : undefined;
}

function penceOf(match: RegExpMatchArray): number | undefined {
  const whole = BigInt(match[1]!.replace(/,/g, ""));
  const fraction = match[2] ?? "";
  const scale = 10n ** BigInt(fraction.length);
  const multiplier = MULTIPLIERS[(match[3] ?? "").toLowerCase()]!;
  const numerator = (whole * scale + BigInt(fraction || "0")) * multiplier * 100n;
  if (numerator % scale !== 0n) return undefined;
  return Number(numerator / scale);
}

/**
 * Every amount of money written with the currency's sign (£ unless told) in a text.
 * @example findAmounts("a further £1.64m on top of £4.8 million") // [{ text: "£1.64m", pence: 164000000, index: 10 }, ...]
 */
export function findAmounts(text: string, symbol = "£"): WrittenAmount[] {
  // Most lines hold no amount: looking for the sign first skips the pattern for them. Only for a
  // sign without letters, which the pattern's case-blindness cannot widen ("kr" also reads "Kr").
  if (symbol.toLowerCase() === symbol.toUpperCase() && !text.includes(symbol)) return [];
  return [...text.matchAll(patternsFor(symbol).all)].map((m) => ({ text: m[0], pence: penceOf(m), index: m.index! }));
}
