const trim = (n: number) => String(Math.round(n * 100) / 100);

/**
 * A short money label for a chart axis, where "£500,000" would crowd its neighbours.
 * @example formatMoneyTick(50000000) // "£500k"
 */
export function formatMoneyTick(pence: number, locale?: { language: string; currency: string }): string {
  if (locale && !(locale.language.startsWith("en") && locale.currency === "GBP")) {
    return new Intl.NumberFormat(locale.language, { style: "currency", currency: locale.currency, notation: "compact", minimumFractionDigits: 0, maximumFractionDigits: 2 }).format(pence / 100);
  }
  const pounds = pence / 100;
  const abs = Math.abs(pounds);
  if (abs >= 1_000_000) return `£${trim(pounds / 1_000_000)}m`;
  if (abs >= 1_000) return `£${trim(pounds / 1_000)}k`;
  return `£${trim(pounds)}`;
}
