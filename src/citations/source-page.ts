import { findCitations, type Citation } from "../record/find-citations.ts";
import type { Entry } from "../schemas/entry.ts";
import { publishLevels, type Source } from "../schemas/source.ts";
import { findPassage } from "./find-passage.ts";
import { paragraphAnchor, paragraphAt, sourceParagraphs, type SourceParagraph } from "./source-paragraphs.ts";

/** A paragraph of a copy that may only be quoted: its number and anchor, and only the cited words. */
export interface QuotedParagraph {
  n: number;
  anchor: string;
  passages: string[];
}

/**
 * What /sources/ shows of a copy held: every paragraph when it may be published in full; otherwise
 * only the words the record cites or quotes (overlapping passages merged, so nothing shows twice),
 * under the number of the paragraph they are in, so every citation's link lands on its words.
 * @example sourcePage(source, citedPassages(entries)).paragraphs[0].anchor // "council-statement--p1"
 */
export function sourcePage(source: Source, cited: ReadonlyMap<string, readonly string[]>): { publishText: string; paragraphs: SourceParagraph[]; quoted: QuotedParagraph[] } {
  const publishText = publishLevels[source.publish];
  if (source.publish === "in-full") return { publishText, paragraphs: sourceParagraphs(source), quoted: [] };
  const passages = cited.get(source.id) ?? [];
  const ranges = passages
    .flatMap((passage) => {
      const match = findPassage(source.text, passage);
      return match.found ? match.parts : [];
    })
    .sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const r of ranges) {
    const last = merged.at(-1);
    const sameParagraph = last && paragraphAt(source, last.start) === paragraphAt(source, r.start);
    if (last && sameParagraph && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  const byParagraph = new Map<number, string[]>();
  for (const r of merged) {
    const paragraph = paragraphAt(source, r.start);
    if (!paragraph) continue;
    byParagraph.set(paragraph.n, [...(byParagraph.get(paragraph.n) ?? []), source.text.slice(r.start, r.end).replace(/\s+/g, " ")]);
  }
  const quoted = [...byParagraph.entries()].map(([n, words]) => ({ n, anchor: paragraphAnchor(source.id, n), passages: words }));
  return { publishText, paragraphs: [], quoted };
}

/** Every passage the entries cite or quote, by source id: read once for all the sources. */
export function citedPassages(entries: readonly Entry[], read: (body: string) => { citations: Citation[] } = (body) => ({ citations: findCitations(body) })): Map<string, string[]> {
  const bySource = new Map<string, string[]>();
  const add = (id: string, passage: string) => bySource.set(id, [...(bySource.get(id) ?? []), passage]);
  for (const e of entries) {
    for (const c of read(e.body).citations) if (c.form === "inline" && c.passage !== undefined) add(c.id, c.passage);
    for (const q of e.quotes) add(q.source, q.text);
  }
  return bySource;
}
