import { describe, expect, it } from "vitest";
import { printable, UNSAFE_CHARACTER } from "../../src/problems/unsafe-characters.ts";

// A lone surrogate cannot be written in XML, so one in an entry makes feed.xml malformed.
describe("unsafe characters", () => {
  it.each([
    ["a high surrogate followed by a letter", "a\uD800b", "a\\uD800b"],
    ["a high surrogate at the end", "a\uD800", "a\\uD800"],
    ["a low surrogate after a letter", "a\uDC00b", "a\\uDC00b"],
    ["a low surrogate at the start", "\uDC00b", "\\uDC00b"],
  ])("finds %s and shows it as its code point", (_, text, shown) => {
    expect(UNSAFE_CHARACTER.test(text)).toBe(true);
    expect(printable(text)).toBe(shown);
  });

  it("leaves a character written with a surrogate pair as it is", () => {
    expect(UNSAFE_CHARACTER.test("a 😀 b")).toBe(false);
    expect(printable("a 😀 b")).toBe("a 😀 b");
  });
});
