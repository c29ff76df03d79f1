import { describe, expect, it } from "vitest";
import { formatMoney, formatMoneyExact } from "../../src/filters/format-money.ts";

describe("formatMoney", () => {
  it.each([
    [480000000, "£4.8m"],
    [164000000, "£1.64m"],
    [100000000, "£1m"],
    [744000000, "£7.44m"],
    [123456789, "about £1.23m"],
    [25000000, "£250,000"],
    [12345, "£123.45"],
  ])("formats %i pence as %s", (pence, text) => {
    expect(formatMoney(pence)).toBe(text);
  });

  it("gives the exact figure to the pound", () => {
    expect(formatMoneyExact(164000000)).toBe("£1,640,000");
  });
});
