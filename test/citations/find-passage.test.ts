import { describe, expect, it } from "vitest";
import { findPassage } from "../../src/citations/find-passage.ts";

const COPY = "Cabinet accepted the original plan at its meeting on October 20, but postponed its agreement.\n\nThe council’s “inadequate” rating – the lowest possible – was a shock.";

describe("findPassage", () => {
  it("finds a passage exactly as the copy prints it", () => {
    const match = findPassage(COPY, "accepted the original plan");
    expect(match).toEqual({ found: true, parts: [{ start: 8, end: 34 }] });
  });

  it("treats curly and straight quotation marks, apostrophes, dashes and runs of whitespace as the same", () => {
    const match = findPassage(COPY, `The council's 'inadequate' rating - the lowest  possible -\n was a shock.`);
    expect(match.found).toBe(true);
    if (match.found) expect(COPY.slice(match.parts[0]!.start, match.parts[0]!.end)).toBe("The council’s “inadequate” rating – the lowest possible – was a shock.");
  });

  it.each([
    ["a no-break space, a tab and a carriage return", "the\u00A0lowest\tpossible\r\nrating", "the lowest possible rating"],
    ["every kind of quotation mark", "\u2018a\u2019 \u201Cb\u201D \u201Ac\u201B \u201Ed\u201F `e\u00B4 \u00ABf\u00BB g\u2032 h\u2033 \"i\"", "'a' 'b' 'c' 'd' 'e' 'f' g' h' 'i'"],
    ["every kind of dash and the minus sign", "1\u20102\u20113\u20124\u20135\u20146\u20157\u22128", "1-2-3-4-5-6-7-8"],
  ])("reads %s in the copy as what a keyboard types", (_, copy, typed) => {
    expect(findPassage(copy, typed)).toEqual({ found: true, parts: [{ start: 0, end: copy.length }] });
  });

  it("keeps other punctuation and letters beyond ASCII as they are", () => {
    expect(findPassage("Café — naïve", "Café - naïve").found).toBe(true);
    expect(findPassage("Cafe - naive", "Café - naïve").found).toBe(false);
    expect(findPassage("a_b c*d", "a b c d").found).toBe(false);
  });

  it.each(["…", "...", "[…]", "[...]"])("allows words to be left out where the passage marks it with %s, in order", (mark) => {
    const match = findPassage(COPY, `Cabinet accepted ${mark} postponed its agreement`);
    expect(match.found && match.parts.map((p) => COPY.slice(p.start, p.end))).toEqual(["Cabinet accepted", "postponed its agreement"]);
  });

  it("refuses parts that are out of order", () => {
    expect(findPassage(COPY, "postponed its agreement … Cabinet accepted").found).toBe(false);
  });

  it("refuses words left out without a mark", () => {
    expect(findPassage(COPY, "Cabinet accepted postponed its agreement").found).toBe(false);
  });

  it("keeps letters, digits and case: a changed word or figure is not found", () => {
    expect(findPassage(COPY, "on October 21").found).toBe(false);
    expect(findPassage(COPY, "cabinet accepted the original plan").found).toBe(false);
  });

  it("matches whole words only", () => {
    expect(findPassage(COPY, "ccepted the original plan").found).toBe(false);
  });

  it("gives the copy's nearest sentence as a hint when the passage is close to one", () => {
    expect(findPassage(COPY, "Cabinet approved the original plan at its meeting")).toEqual({
      found: false,
      nearest: "Cabinet accepted the original plan at its meeting on October 20, but postponed its agreement.",
    });
  });

  it("gives no hint when not asked for one, and finds the same passages", () => {
    expect(findPassage(COPY, "Cabinet approved the original plan at its meeting", { nearest: false })).toEqual({ found: false });
    expect(findPassage(COPY, "Cabinet accepted the original plan", { nearest: false }).found).toBe(true);
  });

  it("gives no hint when nothing in the copy is close", () => {
    expect(findPassage(COPY, "Full council released the money")).toEqual({ found: false });
  });
});
