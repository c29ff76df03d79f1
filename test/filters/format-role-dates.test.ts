import { describe, expect, it } from "vitest";
import { formatPartialDate, formatRoleDates } from "../../src/filters/format-role-dates.ts";

describe("formatPartialDate", () => {
  it.each([
    ["2014", "2014"],
    ["2014-11", "November 2014"],
    ["2014-11-10", "10 November 2014"],
  ])("shows %s as %s, no more exact than written", (partial, text) => {
    expect(formatPartialDate(partial)).toBe(text);
  });
});

describe("formatRoleDates", () => {
  it.each([
    [{ from: "2013-05", to: "2014-11" }, "From May 2013 to November 2014"],
    [{ from: "2014-11-10" }, "From 10 November 2014"],
    [{ to: "2014-11" }, "Until November 2014"],
    [{ seen: "2014" }, "In the role in 2014, according to the sources"],
    [{ to: "2014-11", seen: "2014-06" }, "Until November 2014; in the role in June 2014, according to the sources"],
    [{}, ""],
  ])("describes %o as %j", (role, text) => {
    expect(formatRoleDates(role)).toBe(text);
  });
});
