import { formatMoney, formatMoneyExact } from "../filters/format-money.ts";
import type { AmountWriting } from "../record/check-amounts.ts";
import type { Site } from "../schemas/site.ts";

/**
 * How the money check reads and writes amounts for this record: its currency's sign, and amounts
 * in its language (exact where the short form would round, so a message never says "about").
 * @example amountWriting(site).symbol // "£"
 */
export function amountWriting(site: Pick<Site, "language" | "currency">): AmountWriting {
  const locale = { language: site.language, currency: site.currency };
  const symbol = new Intl.NumberFormat(site.language, { style: "currency", currency: site.currency }).formatToParts(1).find((p) => p.type === "currency")?.value ?? site.currency;
  return {
    symbol,
    show: (pence) => {
      const short = formatMoney(pence, locale);
      return short.startsWith("about") ? formatMoneyExact(pence, locale) : short;
    },
  };
}
