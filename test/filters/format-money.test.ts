import { describe, expect, it } from "vitest";
import { formatMoney, formatMoneyExact, formatNumber } from "../../src/filters/format-money.ts";

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

describe("formatMoney in the record's language and currency", () => {
  const euros = { language: "de-DE", currency: "EUR" };
  // German puts a no-break space between the figure, "Mio." and the sign.

  it("writes pence, where there are any, as two digits", () => {
    expect(formatMoneyExact(50)).toBe("£0.50");
    expect(formatMoneyExact(164000050)).toBe("£1,640,000.50");
    expect(formatMoney(12350)).toBe("£123.50");
    expect(formatMoneyExact(-250)).toBe("-£2.50");
    expect(formatMoneyExact(164000050, euros)).toBe("1.640.000,50\u00a0€");
  });

  it("writes millions in the language's own short form, the currency sign where the language puts it", () => {
    expect(formatMoney(164000000, euros)).toBe("1,64\u00a0Mio.\u00a0€");
    expect(formatMoney(100000000, euros)).toBe("1\u00a0Mio.\u00a0€");
    expect(formatMoney(12345, euros)).toBe("123,45\u00a0€");
    expect(formatMoneyExact(164000000, euros)).toBe("1.640.000\u00a0€");
    expect(formatMoney(164000000, { language: "en-US", currency: "USD" })).toBe("$1.64m");
    expect(formatMoney(164000000, { language: "en-IE", currency: "EUR" })).toBe("€1.64m");
    // Where the sign follows the figure, "m" still follows the figure: "1,64m kr", never "1,64 krm".
    const kronor = { language: "en-SE", currency: "SEK" };
    expect([formatMoney(164000000, kronor), formatMoney(100000000, kronor), formatMoney(123456789, kronor)]).toEqual(["1,64m\u00a0kr", "1m\u00a0kr", "about 1,23m\u00a0kr"]);
  });

  it("never mixes up two records' currencies or the short and exact forms", () => {
    expect([formatMoney(164000000), formatMoney(164000000, euros), formatMoneyExact(164000000), formatMoneyExact(164000000, euros), formatMoney(164000000)]).toEqual([
      "£1.64m",
      "1,64\u00a0Mio.\u00a0€",
      "£1,640,000",
      "1.640.000\u00a0€",
      "£1.64m",
    ]);
  });

  it("writes a fall in millions as millions, with its sign", () => {
    expect(formatMoney(-164000000)).toBe("-£1.64m");
    expect(formatMoney(-99999999)).toBe("-£999,999.99");
  });
});

describe("formatNumber", () => {
  it("groups thousands and keeps one decimal unless told otherwise, in the record's language", () => {
    expect(formatNumber(4312)).toBe("4,312");
    expect(formatNumber(4312.25)).toBe("4,312.3");
    expect(formatNumber(4312.25, "de-DE")).toBe("4.312,3");
    expect(formatNumber(4312.256, "en-GB", 2)).toBe("4,312.26");
  });
});
