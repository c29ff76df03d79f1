import { describe, expect, it } from "vitest";
import { formatChangePercent, formatChangeShort } from "../../src/filters/format-change-percent.ts";

describe("formatChangePercent", () => {
  it.each([
    [70, "up 70%", "+70%"],
    [-5, "down 5%", "−5%"],
    [0, "no change", "0%"],
    [12.5, "up 12.5%", "+12.5%"],
    [12.34, "up 12.3%", "+12.3%"],
    [-0.04, "down 0.04%", "−0.04%"],
    [0.004, "up 0.004%", "+0.004%"],
  ])("writes %d as %s and %s", (percent, words, short) => {
    expect(formatChangePercent(percent)).toBe(words);
    expect(formatChangeShort(percent)).toBe(short);
  });
});

describe("a change in the record's language", () => {
  it("writes the figure as the language does, whichever language came first", () => {
    expect(formatChangePercent(12.5, "de-DE")).toBe("up 12,5%");
    expect(formatChangeShort(-1250.55, "de-DE")).toBe("−1.250,6%");
    expect(formatChangePercent(1250.55)).toBe("up 1,250.6%");
    expect(formatChangeShort(1250.55)).toBe("+1,250.6%");
  });
});
