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

  it("gives no hint when nothing in the copy is close", () => {
    expect(findPassage(COPY, "Full council released the money")).toEqual({ found: false });
  });
});
