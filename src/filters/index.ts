// Every export here is registered as a template filter under its own name.
export { formatMoney, formatMoneyExact } from "./format-money.ts";
export { formatDay, formatMonth, formatRecordDate, recordDateTime } from "./format-record-date.ts";
export { formatChangePercent, formatChangeShort } from "./format-change-percent.ts";
export { jsonIsland } from "./json-island.ts";
export { formatPartialDate, formatRoleDates } from "./format-role-dates.ts";
export { pageJsonLd } from "../html/json-ld.ts";
export { openGraphLocale } from "../html/open-graph-locale.ts";
