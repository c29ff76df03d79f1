import { afterEach, describe, expect, it } from "vitest";
import { formatDay, formatRecordDate, recordDateTime, type RecordDate } from "../../src/filters/format-record-date.ts";
import { latestPossibleDate } from "../../src/record/latest-possible-date.ts";

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

  it.each([
    ["2014-06-01", "2014-06-30", "June 2014"],
    ["2014-06-01", "2015-06-30", "Between June 2014 and June 2015"],
    ["2014-06-01", "2014-06-15", "Between 1 June and 15 June 2014"],
    ["2014-06-02", "2014-06-30", "Between 2 June and 30 June 2014"],
    ["2014-12-10", "2015-01-09", "Between 10 December 2014 and 9 January 2015"],
    ["2014-12-01", "2015-01-30", "Between 1 December 2014 and 30 January 2015"],
  ])("reads the range %s to %s as %s", (date, dateTo, text) => {
    expect(formatRecordDate({ date, dateTo, datePrecision: "range" })).toBe(text);
  });

  it.each([
    ["2016-02-29", "February 2016"],
    ["2015-02-28", "February 2015"],
    ["2000-02-29", "February 2000"],
    ["1900-02-28", "February 1900"],
  ])("reads a range from the first of February to %s as the whole month, leap years included", (dateTo, text) => {
    expect(formatRecordDate({ date: `${dateTo.slice(0, 4)}-02-01`, dateTo, datePrecision: "range" })).toBe(text);
  });

  it.each([
    ["2015-02-01", "2015-02-29"],
    ["1900-02-01", "1900-02-29"],
    ["2016-02-01", "2016-02-28"],
  ])("does not read %s to %s as the whole of February", (date, dateTo) => {
    expect(formatRecordDate({ date, dateTo, datePrecision: "range" })).toMatch(/^Between 1 February and 2[89] February \d{4}$/);
  });

  it.each([
    ["2014-01-05", "5 January 2014"],
    ["2014-02-05", "5 February 2014"],
    ["2014-03-05", "5 March 2014"],
    ["2014-04-05", "5 April 2014"],
    ["2014-05-05", "5 May 2014"],
    ["2014-06-05", "5 June 2014"],
    ["2014-07-05", "5 July 2014"],
    ["2014-08-05", "5 August 2014"],
    ["2014-09-05", "5 September 2014"],
    ["2014-10-05", "5 October 2014"],
    ["2014-11-05", "5 November 2014"],
    ["2014-12-31", "31 December 2014"],
  ])("writes %s as %s, with no leading zero", (iso, text) => {
    expect(formatDay(iso)).toBe(text);
  });

  describe("in a time zone west of Greenwich", () => {
    const before = process.env.TZ;
    afterEach(() => {
      // Assigning undefined would store the string "undefined" and leak into later tests.
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    });

    it("never shifts a date by a day", () => {
      process.env.TZ = "America/Los_Angeles";
      expect(formatRecordDate({ date: "2014-11-01", datePrecision: "day" })).toBe("1 November 2014");
      expect(formatRecordDate({ date: "2014-11-01", datePrecision: "month" })).toBe("November 2014");
    });
  });
});

describe("latestPossibleDate", () => {
  const at = (date: string, datePrecision: RecordDate["datePrecision"], dateTo?: string): string => latestPossibleDate({ date, datePrecision, dateTo });

  it("is the day itself for a day", () => {
    expect(at("2014-11-10", "day")).toBe("2014-11-10");
  });

  it.each([
    ["2014-01-01", "2014-01-31"],
    ["2014-02-01", "2014-02-28"],
    ["2016-02-01", "2016-02-29"],
    ["2014-03-01", "2014-03-31"],
    ["2014-04-01", "2014-04-30"],
    ["2014-05-01", "2014-05-31"],
    ["2014-06-01", "2014-06-30"],
    ["2014-07-01", "2014-07-31"],
    ["2014-08-01", "2014-08-31"],
    ["2014-09-01", "2014-09-30"],
    ["2014-10-01", "2014-10-31"],
    ["2014-11-01", "2014-11-30"],
    ["2014-12-01", "2014-12-31"],
  ])("is the month's last day for the month of %s: %s", (date, last) => {
    expect(at(date, "month")).toBe(last);
  });

  it("is the 31st of December for a year", () => {
    expect(at("2014-01-01", "year")).toBe("2014-12-31");
  });

  it("is the end of a closed range, and after every real date for an open one", () => {
    expect(at("2014-06-01", "range", "2014-09-30")).toBe("2014-09-30");
    expect(at("2014-06-01", "range")).toBe("9999-12-31");
  });
});
