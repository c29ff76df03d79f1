/** The language money is written in and the currency it is in: the record's `language` and `currency`. */
export interface MoneyLocale {
  language: string;
  currency: string;
}

const BRITISH: MoneyLocale = { language: "en-GB", currency: "GBP" };
const formats = new Map<string, Intl.NumberFormat>();
const format = (locale: MoneyLocale, options: Intl.NumberFormatOptions) => {
  const key = `${locale.language}\0${locale.currency}\0${JSON.stringify(options)}`;
  if (!formats.has(key)) formats.set(key, new Intl.NumberFormat(locale.language, { style: "currency", currency: locale.currency, ...options }));
  return formats.get(key)!;
};

/**
 * Money as residents read it: millions with up to two decimals ("£1.64m", as English-language
 * reporting writes them; other languages use their own short form), otherwise exact.
 * @example formatMoney(164000000) // "£1.64m"
 * @example formatMoney(164000000, { language: "de-DE", currency: "EUR" }) // "1,64 Mio. €"
 */
export function formatMoney(pence: number, locale: MoneyLocale = BRITISH): string {
  const units = pence / 100;
  if (Math.abs(units) < 1_000_000) return formatMoneyExact(pence, locale);
  const millions = Math.round((units / 1_000_000) * 100) / 100;
  const approx = millions * 1_000_000 !== units ? "about " : "";
  if (!locale.language.startsWith("en")) return `${approx}${format(locale, { notation: "compact", compactDisplay: "short", minimumFractionDigits: 0, maximumFractionDigits: 2 }).format(units)}`;
  const parts = format(locale, { minimumFractionDigits: 0, maximumFractionDigits: 2 }).formatToParts(millions);
  // "m" follows the figure itself, wherever the language puts the currency sign.
  const lastNumber = parts.findLastIndex((p) => p.type === "fraction" || p.type === "integer");
  return approx + parts.map((p, i) => (i === lastNumber ? `${p.value}m` : p.value)).join("");
}

/**
 * The exact amount, to the penny (cent…) where there are any, and then always two digits of them.
 * @example formatMoneyExact(480000000) // "£4,800,000"
 * @example formatMoneyExact(50) // "£0.50"
 */
export function formatMoneyExact(pence: number, locale: MoneyLocale = BRITISH): string {
  return format(locale, { minimumFractionDigits: pence % 100 === 0 ? 0 : 2, maximumFractionDigits: 2 }).format(pence / 100);
}

/**
 * A plain number in the record's language, such as a count of repairs.
 * @example formatNumber(4312) // "4,312"
 */
export function formatNumber(value: number, language = BRITISH.language, maximumFractionDigits = 1): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits }).format(value);
}
