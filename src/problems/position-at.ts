import type { Position } from "./problem.ts";

/**
 * Converts a character offset into a 1-based line and column.
 * @example positionAt("a\nbc", 3) // { line: 2, column: 2 }
 */
export function positionAt(text: string, offset: number, lineOffset = 0): Position {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line: line + lineOffset, column: end - lineStart + 1 };
}
