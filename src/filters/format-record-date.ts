import type { z } from "zod";
import type { DatePrecisionSchema } from "../schemas/common.ts";
import { lastDayOfMonth } from "../record/latest-possible-date.ts";

/** The date fields of an entry or a source. */
export interface RecordDate {
  date: string;
  datePrecision: z.infer<typeof DatePrecisionSchema>;
  dateTo?: string | undefined;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

// Dates are calendar strings, split by hand: no Date object, so no time zone can move them a day.
const parts = (iso: string) => ({ y: iso.slice(0, 4), m: Number(iso.slice(5, 7)), d: Number(iso.slice(8, 10)) });

/** @example formatDay("2014-11-10") // "10 November 2014" */
export const formatDay = (iso: string): string => {
  const { y, m, d } = parts(iso);
  return `${d} ${MONTHS[m - 1]} ${y}`;
};

/** @example formatMonth("2014-11-01") // "November 2014" */
export const formatMonth = (iso: string): string => `${MONTHS[parts(iso).m - 1]} ${parts(iso).y}`;

/**
 * A date at the precision the sources give it, never more exact.
 * @example formatRecordDate({ date: "2014-06-01", dateTo: "2014-09-30", datePrecision: "range" }) // "Between June and September 2014"
 */
export function formatRecordDate({ date, datePrecision, dateTo }: RecordDate): string {
  if (datePrecision === "day") return formatDay(date);
  if (datePrecision === "month") return formatMonth(date);
  if (datePrecision === "year") return date.slice(0, 4);
  const from = parts(date);
  if (dateTo === undefined) {
    return from.d === 1 ? `${formatMonth(date)} or later` : `On or after ${formatDay(date)}`;
  }
  const to = parts(dateTo);
  const wholeMonths = from.d === 1 && to.d === lastDayOfMonth(Number(to.y), to.m);
  if (wholeMonths) {
    if (from.y === to.y && from.m === to.m) return formatMonth(date);
    return from.y === to.y
      ? `Between ${MONTHS[from.m - 1]} and ${formatMonth(dateTo)}`
      : `Between ${formatMonth(date)} and ${formatMonth(dateTo)}`;
  }
  if (from.y === to.y) return `Between ${from.d} ${MONTHS[from.m - 1]} and ${formatDay(dateTo)}`;
  return `Between ${formatDay(date)} and ${formatDay(dateTo)}`;
}

/**
 * The `datetime` value for a `<time>` element, as precise as the date is known;
 * nothing for a range, which one `<time>` cannot express.
 * @example recordDateTime({ date: "2014-11-01", datePrecision: "month" }) // "2014-11"
 */
export function recordDateTime({ date, datePrecision }: RecordDate): string | undefined {
  if (datePrecision === "day") return date;
  if (datePrecision === "month") return date.slice(0, 7);
  if (datePrecision === "year") return date.slice(0, 4);
  return undefined;
}

