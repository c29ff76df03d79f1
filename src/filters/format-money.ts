const exact = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP", minimumFractionDigits: 0, maximumFractionDigits: 2 });

/**
 * Money as residents read it: millions with up to two decimals, otherwise exact.
 * @example formatMoney(164000000) // "£1.64m"
 */
export function formatMoney(pence: number): string {
  const pounds = pence / 100;
  if (Math.abs(pounds) >= 1_000_000) {
    const millions = Math.round((pounds / 1_000_000) * 100) / 100;
    const approx = millions * 1_000_000 !== pounds;
    return `${approx ? "about " : ""}£${millions}m`;
  }
  return formatMoneyExact(pence);
}

/**
 * The exact amount, to the penny where there are pence.
 * @example formatMoneyExact(480000000) // "£4,800,000"
 */
export function formatMoneyExact(pence: number): string {
  return exact.format(pence / 100);
}
