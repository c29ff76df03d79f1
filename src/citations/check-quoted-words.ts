import { positionAt } from "../problems/position-at.ts";
import type { Locate, Problem } from "../problems/problem.ts";
import type { Entry } from "../schemas/entry.ts";
import type { Source } from "../schemas/source.ts";
import { findPassage } from "./find-passage.ts";

// A citation's address and passage, a code span and an autolink are not the entry's own prose.
const NOT_PROSE = /\]\([^)]*\)|`[^`]*`|<[^>\n]*>/g;
const QUOTED = /“([^”]+?)”|"([^"]+?)"/g;

/** Spans of text in double quotation marks, with their offsets, not crossing a blank line. */
function quotedSpans(text: string): { words: string; offset: number }[] {
  const prose = text.replace(NOT_PROSE, (m) => " ".repeat(m.length));
  return [...prose.matchAll(QUOTED)]
    .map((m) => ({ words: (m[1] ?? m[2])!, offset: m.index! + 1 }))
    .filter((s) => !/\n\s*\n/.test(s.words) && /[\p{L}\p{N}]/u.test(s.words));
}

/**
 * Words an entry puts in double quotation marks, in its title, summary, date note or text, are a
 * source's words: each must be in the copy held of one of the sources the entry lists, so the
 * record never puts in quotation marks what no source prints.
 */
export function checkQuotedWords(entries: readonly Entry[], sources: readonly Source[], locators: Map<string, Locate>): Problem[] {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const problems: Problem[] = [];
  for (const e of entries) {
    const copies = e.sources.flatMap((id) => byId.get(id) ?? []);
    if (copies.length === 0) continue;
    const inAnyCopy = (words: string) => copies.some((s) => findPassage(s.text, words).found);
    const message = (words: string) =>
      `the words in quotation marks "${words.replace(/\s+/g, " ")}" are not in the copy held of any source this entry lists (${e.sources.join(", ")}); quote a source exactly, or write them without quotation marks`;
    const locate = locators.get(e.file);
    for (const field of ["title", "summary", "dateNote"] as const) {
      for (const span of quotedSpans(e[field] ?? "")) {
        if (!inAnyCopy(span.words)) problems.push({ file: e.file, ...(locate ? locate([field]) : { line: 1, column: 1 }), field, message: message(span.words) });
      }
    }
    for (const span of quotedSpans(e.body)) {
      if (inAnyCopy(span.words)) continue;
      const at = positionAt(e.body, span.offset);
      problems.push({ file: e.file, line: e.bodyLine + at.line - 1, column: at.column, field: "body", message: message(span.words) });
    }
  }
  return problems;
}
