import { describe, expect, it } from "vitest";
import { positionAt } from "../../src/problems/position-at.ts";

describe("positionAt", () => {
  it.each([
    ["the start", "a\nbc", 0, { line: 1, column: 1 }],
    ["a line break itself", "a\nbc", 1, { line: 1, column: 2 }],
    ["the start of the next line", "a\nbc", 2, { line: 2, column: 1 }],
    ["after blank lines", "\n\n\nx", 3, { line: 4, column: 1 }],
    ["a line ending in CRLF", "ab\r\ncd", 4, { line: 2, column: 1 }],
    ["an offset past the end", "a\nbc", 99, { line: 2, column: 3 }],
  ])("counts lines and columns from 1 at %s", (_name, text, offset, expected) => {
    expect(positionAt(text, offset)).toEqual(expected);
  });

  it("adds the lines that come before the text", () => {
    expect(positionAt("a\nbc", 3, 1)).toEqual({ line: 3, column: 2 });
  });
});
