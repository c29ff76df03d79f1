import { describe, expect, it } from "vitest";
import { formatRecordDate, recordDateTime } from "../../src/filters/format-record-date.ts";

describe("formatRecordDate", () => {
  it.each([
    [{ date: "2014-11-10", datePrecision: "day" as const }, "10 November 2014", "2014-11-10"],
    [{ date: "2014-06-01", datePrecision: "month" as const }, "June 2014", "2014-06"],
    [{ date: "2014-01-01", datePrecision: "year" as const }, "2014", "2014"],
    [{ date: "2014-06-01", dateTo: "2014-09-30", datePrecision: "range" as const }, "Between June and September 2014", undefined],
    [{ date: "2014-07-01", dateTo: "2014-11-09", datePrecision: "range" as const }, "Between 1 July and 9 November 2014", undefined],
    [{ date: "2014-12-01", dateTo: "2015-01-31", datePrecision: "range" as const }, "Between December 2014 and January 2015", undefined],
    [{ date: "2014-11-01", datePrecision: "range" as const }, "November 2014 or later", undefined],
    [{ date: "2014-11-10", datePrecision: "range" as const }, "On or after 10 November 2014", undefined],
  ])("shows %o as %s", (date, text, datetime) => {
    expect(formatRecordDate(date)).toBe(text);
    expect(recordDateTime(date)).toBe(datetime);
  });

  it("never shifts a date by a time zone", () => {
    const before = process.env.TZ;
    process.env.TZ = "America/Los_Angeles";
    expect(formatRecordDate({ date: "2014-11-01", datePrecision: "day" })).toBe("1 November 2014");
    process.env.TZ = before;
  });
});
