import { describe, expect, it } from "vitest";
import { moneyTotal } from "../../src/record/money-total.ts";

describe("moneyTotal", () => {
  it("adds fixed amounts exactly", () => {
    const total = moneyTotal([{ amountPence: 480000000, upTo: false }, { amountPence: 164000000, upTo: false }]);
    expect(total).toMatchObject({ pence: 644000000, text: "£6.44m", exact: "£6,440,000", hasUpTo: false, breakdown: undefined, count: 2 });
  });

  it("makes a total that includes an up-to amount an up-to total, with its breakdown", () => {
    const total = moneyTotal([{ amountPence: 480000000, upTo: false }, { amountPence: 100000000, upTo: true }]);
    expect(total).toMatchObject({ pence: 580000000, fixedPence: 480000000, upToPence: 100000000, text: "up to £5.8m", amount: "£5.8m", exact: "£5,800,000" });
    expect(total.breakdown).toBe("£4.8m plus up to £1m");
  });

  it("gives no breakdown when every amount is up to", () => {
    expect(moneyTotal([{ amountPence: 100000000, upTo: true }])).toMatchObject({ text: "up to £1m", breakdown: undefined });
  });

  it("is zero, and counts nothing, for no lines", () => {
    expect(moneyTotal([])).toMatchObject({ pence: 0, text: "£0", count: 0 });
  });
});
