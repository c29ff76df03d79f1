import type { Source } from "../schemas/source.ts";

/** One paragraph of a copy held: a line of its text, numbered from 1, with its anchor on /sources/. */
export interface SourceParagraph {
  n: number;
  anchor: string;
  text: string;
  start: number;
  end: number;
}

/**
 * The anchor of a paragraph of a source on /sources/. Ids never hold "--" (lower-case words joined
 * by single hyphens), so no other anchor on the page can be the same.
 * @example paragraphAnchor("council-statement", 3) // "council-statement--p3"
 */
export const paragraphAnchor = (sourceId: string, n: number): string => `${sourceId}--p${n}`;

const cache = new WeakMap<Source, SourceParagraph[]>();

/**
 * A copy held as its paragraphs: plain-text copies keep one paragraph a line, so every line with
 * text is one paragraph, exactly as held (blank lines between them are not paragraphs).
 */
export function sourceParagraphs(source: Source): SourceParagraph[] {
  const cached = cache.get(source);
  if (cached) return cached;
  const paragraphs: SourceParagraph[] = [];
  let start = 0;
  for (const line of source.text.split("\n")) {
    const end = start + line.length;
    if (line.trim() !== "") paragraphs.push({ n: paragraphs.length + 1, anchor: paragraphAnchor(source.id, paragraphs.length + 1), text: line.trim(), start, end });
    start = end + 1;
  }
  cache.set(source, paragraphs);
  return paragraphs;
}

/** The paragraph holding an offset of the copy's text. */
export const paragraphAt = (source: Source, offset: number): SourceParagraph | undefined =>
  sourceParagraphs(source).find((p) => offset >= p.start && offset < p.end + 1);
