import type { Source } from "../schemas/source.ts";
import { findPassage } from "./find-passage.ts";
import { paragraphAt, type SourceParagraph } from "./source-paragraphs.ts";

/** A passage as the copy held prints it, with the paragraph it starts in. */
export interface CitedWords {
  /** The copy's own characters for each part of the passage, joined by "[…]" where the editor elided words. */
  words: string;
  paragraph?: SourceParagraph;
}

/**
 * The source's own words for a passage the citation check has found: residents read the copy's
 * characters, not the editor's typing of them. Falls back to the passage as written (a draft's
 * placeholder, which the check lets through).
 * @example citedWords(source, "cabinet approved").words // "Cabinet approved"
 */
export function citedWords(source: Source, passage: string): CitedWords {
  const match = findPassage(source.text, passage);
  if (!match.found) return { words: passage };
  const words = match.parts.map((p) => source.text.slice(p.start, p.end).replace(/\s+/g, " ")).join(" […] ");
  return { words, paragraph: paragraphAt(source, match.parts[0]!.start) };
}
