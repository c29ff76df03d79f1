import { describe, expect, it } from "vitest";
import { formatPounds, parsePounds } from "../../src/cms/pounds.ts";

describe("money typed in pounds, stored in whole pence", () => {
  it.each([
    ["4800000", 480_000_000],
    ["4,800,000", 480_000_000],
    ["£4,800,000.50", 480_000_050],
    ["£4.8m", 480_000_000],
    ["1.64 million", 164_000_000],
    ["250k", 25_000_000],
    ["£0.01", 1],
    ["£1.2bn", 120_000_000_000],
    // 0.1 + 0.2 is not 0.3 in floating point; shifted digits are exact.
    ["0.30", 30],
  ])("reads %s as %i pence", (text, pence) => {
    expect(parsePounds(text)).toEqual({ pence });
  });

  it.each([
    ["two million", '"two million" is not an amount in pounds (expected a number such as 4800000, 4,800,000.50 or £4.8m)'],
    ["4,80,000", '"4,80,000" is not an amount in pounds (expected a number such as 4800000, 4,800,000.50 or £4.8m)'],
    ["£1.005", '"£1.005" has a fraction of a penny (expected at most 2 digits after the point)'],
    ["0", "the amount is zero (expected a sum of money greater than £0)"],
    ["-5", '"-5" is not an amount in pounds (expected a number such as 4800000, 4,800,000.50 or £4.8m)'],
    ["99999999999999999", '"99999999999999999" is too large an amount'],
  ])("refuses %s, saying why", (text, error) => {
    expect(parsePounds(text)).toEqual({ error });
  });

  it("shows pence as pounds, with pence only when there are some", () => {
    expect([formatPounds(480_000_000), formatPounds(480_000_050), formatPounds(5)]).toEqual(["4,800,000", "4,800,000.50", "0.05"]);
  });
});
