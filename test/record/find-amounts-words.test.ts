import { describe, expect, it } from "vitest";
import { amountInPence, findAmounts } from "../../src/record/find-amounts.ts";

describe("amounts written in words", () => {
  it.each([
    ["£250 thousand", 25000000],
    ["£1.5bn", 150000000000],
    ["£1.5 billion", 150000000000],
    ["£2M", 200000000],
    ["£3 Million", 300000000],
    ["£1,234,567.89", 123456789],
    ["£1.2345m", 123450000],
    ["£0.5k", 50000],
    ["£12", 1200],
  ])("reads %s as %i pence, exactly", (text, pence) => {
    expect(amountInPence(text)).toBe(pence);
    expect(findAmounts(`Up to ${text} was agreed`)).toEqual([{ text, pence, index: 6 }]);
  });

  it.each(["£1.005", "£0.001", "£1.2345"])("gives no pence for %s, which is finer than a penny", (text) => {
    expect(amountInPence(text)).toBeUndefined();
  });

  it("does not read an amount without a pound sign, or a badly grouped one, as money", () => {
    expect(findAmounts("5 million people")).toEqual([]);
    expect(amountInPence("£1,00")).toBeUndefined();
    expect(amountInPence("")).toBeUndefined();
  });

  it("finds amounts one after another without losing any, however often it is asked", () => {
    const text = "£1m, £2m and £3m";
    expect(findAmounts(text).map((a) => a.pence)).toEqual([100000000, 200000000, 300000000]);
    expect(findAmounts(text).map((a) => a.pence)).toEqual([100000000, 200000000, 300000000]);
    expect(amountInPence("£1m")).toBe(100000000);
    expect(amountInPence("£1m")).toBe(100000000);
  });
});
