import { describe, expect, it } from "vitest";
import { formatMoney, formatMoneyExact } from "../../src/filters/format-money.ts";
import { formatChangePercent, formatChangeShort } from "../../src/filters/format-change-percent.ts";
import { jsonIsland } from "../../src/filters/json-island.ts";

describe("formatMoney at the edge of a million", () => {
  it.each([
    [99999999, "£999,999.99"],
    [100000000, "£1m"],
    [125600000, "about £1.26m"],
    [125400000, "about £1.25m"],
  ])("writes %i pence as %s", (pence, text) => {
    expect(formatMoney(pence)).toBe(text);
  });

  it("gives pence only where there are pence", () => {
    expect(formatMoneyExact(100)).toBe("£1");
    expect(formatMoneyExact(1)).toBe("£0.01");
    expect(formatMoneyExact(99999999)).toBe("£999,999.99");
  });
});

describe("formatChangePercent", () => {
  it("rounds to one decimal place", () => {
    expect(formatChangePercent(33.333)).toBe("up 33.3%");
    expect(formatChangeShort(-33.333)).toBe("−33.3%");
  });

  it("groups thousands", () => {
    expect(formatChangePercent(1250)).toBe("up 1,250%");
  });
});

describe("jsonIsland", () => {
  it("escapes both line separators JavaScript reads as line ends", () => {
    expect(jsonIsland("a\u2028b\u2029c")).toBe('"a\\u2028b\\u2029c"');
  });

  it("writes each character a script could be closed with as its escape", () => {
    expect(jsonIsland("</script>&")).toBe('"\\u003c/script\\u003e\\u0026"');
  });
});
