import { describe, expect, it } from "vitest";
import { amountWriting } from "../../src/loaders/amount-writing.ts";
import { memoryCheckCache } from "../../src/loaders/check-cache.ts";

// How the money check's messages write a record's amounts ("did you mean "£1.64m"?").
describe("amountWriting", () => {
  it("reads the record's currency sign, in its language", () => {
    expect(amountWriting({ language: "en-GB", currency: "GBP" }).symbol).toBe("£");
    expect(amountWriting({ language: "de-DE", currency: "EUR" }).symbol).toBe("€");
    expect(amountWriting({ language: "en-US", currency: "USD" }).symbol).toBe("$");
  });

  it("gives the same sign from the check's store, kept for that language and currency only", () => {
    const cache = memoryCheckCache();
    expect(amountWriting({ language: "en-GB", currency: "GBP" }, cache).symbol).toBe("£");
    cache.save();
    expect(amountWriting({ language: "en-GB", currency: "GBP" }, cache).symbol).toBe("£");
    expect(amountWriting({ language: "en-GB", currency: "EUR" }, cache).symbol).toBe("€");
    expect(amountWriting({ language: "en-US", currency: "GBP" }, cache).symbol).toBe("£");
    expect(amountWriting({ language: "en-US", currency: "USD" }, cache).symbol).toBe("$");
  });

  it("writes an amount short where that is exact, and in full where the short form would say about", () => {
    const british = amountWriting({ language: "en-GB", currency: "GBP" });
    expect(british.show(164000000)).toBe("£1.64m");
    expect(british.show(123456789)).toBe("£1,234,567.89");
    expect(british.show(25000000)).toBe("£250,000");
    const german = amountWriting({ language: "de-DE", currency: "EUR" });
    expect(german.show(164000000)).toBe("1,64\u00a0Mio.\u00a0€");
    expect(german.show(123456789)).toBe("1.234.567,89\u00a0€");
  });
});
