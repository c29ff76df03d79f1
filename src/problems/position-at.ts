import type { Position } from "./problem.ts";

/**
 * Converts a character offset into a 1-based line and column.
 * @example positionAt("a\nbc", 3) // { line: 2, column: 2 }
 */
export function positionAt(text: string, offset: number, lineOffset = 0): Position {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  // indexOf finds each line break natively; a loop over every character was a visible share of
  // checking 10,000 entries (docs/performance.md).
  for (let i = text.indexOf("\n"); i !== -1 && i < end; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line: line + lineOffset, column: end - lineStart + 1 };
}
