import type { Entry } from "../schemas/entry.ts";

type RecordDate = Pick<Entry, "date" | "datePrecision" | "dateTo">;

/** The number of days in a month of a year (1-based month). @example lastDayOfMonth(2024, 2) // 29 */
export const lastDayOfMonth = (y: number, m: number): number => [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;

/** The latest day a record date could be, for ordering; open ranges sort last among their start date. */
export function latestPossibleDate({ date, datePrecision, dateTo }: RecordDate): string {
  if (datePrecision === "day") return date;
  if (datePrecision === "month") {
    const y = date.slice(0, 4);
    const m = Number(date.slice(5, 7));
    return `${date.slice(0, 8)}${String(lastDayOfMonth(Number(y), m)).padStart(2, "0")}`;
  }
  if (datePrecision === "year") return `${date.slice(0, 4)}-12-31`;
  return dateTo ?? "9999-12-31";
}
