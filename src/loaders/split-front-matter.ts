import { positionAt } from "../problems/position-at.ts";
import type { Problem } from "../problems/problem.ts";

/** A Markdown file cut into its front matter's YAML and its body, or the problem that stops it. */
export type SplitResult =
  | { ok: true; yaml: string; body: string; bodyOffset: number }
  | { ok: false; problem: Problem };

/** A delimiter line: exactly three hyphens, with nothing after them but spaces or tabs an editor cannot see. */
const DELIMITER = /^---[ \t]*$/;

/**
 * Cuts a file at its front matter's delimiters. Front matter ends only at a line that is exactly
 * `---`: gray-matter ends it at any line that starts with `---`, so a line such as
 * `---- end of required fields` silently made `draft: true` below it body text, and published a
 * draft. Any other line starting with `---` inside the front matter is a problem, located.
 * The YAML text starts straight after the opening `---`, so its line numbers are the file's.
 * @example splitFrontMatter("---\ntitle: A\n---\nBody", "x.md") // { ok: true, yaml: "\ntitle: A\n", body: "Body", … }
 */
export function splitFrontMatter(text: string, file: string): SplitResult {
  const problemAt = (offset: number, message: string): SplitResult => ({ ok: false, problem: { file, ...positionAt(text, offset), field: "", message } });
  const firstEnd = lineEnd(text, 0);
  const first = text.slice(0, firstEnd);
  if (!DELIMITER.test(first)) {
    if (first.startsWith("---")) return problemAt(3, "front matter must be YAML: start the file with a line holding only ---");
    return problemAt(0, "the file has no front matter (expected a first line of ---, then the fields, then a closing ---)");
  }
  for (let start = nextLine(text, firstEnd); start < text.length; start = nextLine(text, lineEnd(text, start))) {
    const line = text.slice(start, lineEnd(text, start));
    if (DELIMITER.test(line)) {
      const bodyOffset = nextLine(text, lineEnd(text, start));
      return { ok: true, yaml: text.slice(3, start), body: text.slice(bodyOffset), bodyOffset };
    }
    if (line.startsWith("---")) {
      return problemAt(start, "this line starts with --- but is not the closing line: the front matter ends only at a line holding just --- (delete this line, or make it a YAML comment starting with #)");
    }
  }
  return problemAt(0, "the front matter is never closed (expected a line holding only --- after the last field)");
}

/** Offset of the line break ending the line that starts at `start`, or the end of the text. */
function lineEnd(text: string, start: number): number {
  const newline = text.indexOf("\n", start);
  const end = newline === -1 ? text.length : newline;
  return end > start && text[end - 1] === "\r" ? end - 1 : end;
}

/** Offset of the line after a line ending at `end` (past its CRLF or LF). */
function nextLine(text: string, end: number): number {
  if (text[end] === "\r" && text[end + 1] === "\n") return end + 2;
  return end < text.length ? end + 1 : end;
}
