import { describe, expect, it } from "vitest";
import { amountInPence, findAmounts } from "../../src/record/find-amounts.ts";

describe("findAmounts", () => {
  it.each([
    ["£1.64 million", 164000000],
    ["£1.64m", 164000000],
    ["£4.8m", 480000000],
    ["£4.8 million", 480000000],
    ["£1m", 100000000],
    ["£5 million", 500000000],
    ["£250,000", 25000000],
    ["£250k", 25000000],
    ["£2bn", 200000000000],
    ["£3.50", 350],
    ["£ 12", 1200],
  ])("reads %s as %i pence", (text, pence) => {
    expect(findAmounts(`It cost ${text}.`)).toEqual([{ text, pence, index: 8 }]);
  });

  it("finds every amount in a text, with where each starts", () => {
    expect(findAmounts("a further £1.64m on top of the £4.8m and £1m").map((a) => [a.text, a.index])).toEqual([
      ["£1.64m", 10],
      ["£4.8m", 31],
      ["£1m", 41],
    ]);
  });

  it("does not take the next word for a multiplier", () => {
    expect(findAmounts("£5 more, £5 mostly, £1 km")).toEqual([
      { text: "£5", pence: 500, index: 0 },
      { text: "£5", pence: 500, index: 9 },
      { text: "£1", pence: 100, index: 20 },
    ]);
  });

  it("reads amounts written with a sign that means something in a pattern, such as $", () => {
    expect(findAmounts("It cost $5m, not £5m.", "$")).toEqual([{ text: "$5m", pence: 500000000, index: 8 }]);
    expect(amountInPence("$1.5 million", "$")).toBe(150000000);
  });

  it("reads a sign made of letters in either case, as written in running text", () => {
    expect(findAmounts("a grant of kr5m", "Kr")).toEqual([{ text: "kr5m", pence: 500000000, index: 11 }]);
    expect(findAmounts("no money here", "£")).toEqual([]);
  });

  it("gives no pence for an amount finer than a penny", () => {
    expect(findAmounts("£1.2345")[0]!.pence).toBeUndefined();
  });
});

describe("amountInPence", () => {
  it("reads a whole amount and nothing else", () => {
    expect(amountInPence(" £5 million ")).toBe(500000000);
    expect(amountInPence("five million")).toBeUndefined();
    expect(amountInPence("£5 million needed")).toBeUndefined();
  });
});
