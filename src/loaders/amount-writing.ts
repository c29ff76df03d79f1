import { formatMoney, formatMoneyExact } from "../filters/format-money.ts";
import type { AmountWriting } from "../record/check-amounts.ts";
import type { Site } from "../schemas/site.ts";
import type { CheckCache } from "./check-cache.ts";

/**
 * How the money check reads and writes amounts for this record: its currency's sign, and amounts
 * in its language (exact where the short form would round, so a message never says "about").
 * @example amountWriting(site).symbol // "£"
 */
export function amountWriting(site: Pick<Site, "language" | "currency">, cache?: CheckCache): AmountWriting {
  const locale = { language: site.language, currency: site.currency };
  // Kept in the check's store: the first number format of a process loads the language's data,
  // a twentieth of a check after one save at 1,000 entries (docs/performance.md).
  const parts = [site.language, site.currency];
  let symbol = cache?.get<string>("currency-sign", parts);
  if (symbol === undefined) {
    symbol = new Intl.NumberFormat(site.language, { style: "currency", currency: site.currency }).formatToParts(1).find((p) => p.type === "currency")?.value ?? site.currency;
    cache?.set("currency-sign", parts, symbol);
  }
  return {
    symbol,
    show: (pence) => {
      const short = formatMoney(pence, locale);
      return short.startsWith("about") ? formatMoneyExact(pence, locale) : short;
    },
  };
}
