import { findCitations } from "../record/find-citations.ts";
import type { Entry } from "../schemas/entry.ts";
import { publishLevels, type Source } from "../schemas/source.ts";
import { citedWords } from "./cited-words.ts";
import { paragraphAnchor, sourceParagraphs, type SourceParagraph } from "./source-paragraphs.ts";

/** A paragraph of a copy that may only be quoted: its number and anchor, and only the cited words. */
export interface QuotedParagraph {
  n: number;
  anchor: string;
  passages: string[];
}

/**
 * What /sources/ shows of a copy held: every paragraph when it may be published in full; otherwise
 * only the passages the record cites or quotes, each under the number of the paragraph it is in,
 * so every citation's link lands on the words it quotes.
 * @example sourcePage(source, entries).paragraphs[0].anchor // "council-statement--p1"
 */
export function sourcePage(source: Source, entries: readonly Entry[]): { publishText: string; paragraphs: SourceParagraph[]; quoted: QuotedParagraph[] } {
  const publishText = publishLevels[source.publish];
  if (source.publish === "in-full") return { publishText, paragraphs: sourceParagraphs(source), quoted: [] };
  const passages = entries.flatMap((e) => [
    ...findCitations(e.body).filter((c) => c.form === "inline" && c.id === source.id && c.passage !== undefined).map((c) => c.passage!),
    ...e.quotes.filter((q) => q.source === source.id).map((q) => q.text),
  ]);
  const byParagraph = new Map<number, Set<string>>();
  for (const passage of passages) {
    const { words, paragraph } = citedWords(source, passage);
    if (!paragraph) continue;
    byParagraph.set(paragraph.n, (byParagraph.get(paragraph.n) ?? new Set()).add(words));
  }
  const quoted = [...byParagraph.entries()]
    .sort(([a], [b]) => a - b)
    .map(([n, words]) => ({ n, anchor: paragraphAnchor(source.id, n), passages: [...words] }));
  return { publishText, paragraphs: [], quoted };
}
