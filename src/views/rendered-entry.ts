import { createHash } from "node:crypto";
import { citationNotes, renameNotes } from "../citations/citation-notes.ts";
import { cacheKey, type CheckCache } from "../loaders/check-cache.ts";
import { renderMarkdown } from "../markdown/markdown.ts";
import { shiftHeadings } from "../markdown/shift-headings.ts";
import type { Source } from "../schemas/source.ts";

/** An entry's text as its own page shows it, and as the full report does. */
export interface RenderedEntry {
  html: string;
  reportHtml: string;
  /**
   * Given a store: names everything both were rendered from (the entry's id and body, and what it
   * read of each source its notes looked up), for the preview's fingerprints (stands-for.ts).
   */
  key?: string;
}

interface Kept {
  html: string;
  reportHtml: string;
  /** The sources the rendering looked up, and what it read of them then. */
  ids: string[];
  read: string;
}

/**
 * What a view or a rendering reads of each source, as a hash taken once per model (the source's
 * kind's name and its JSON, which holds the whole copy): a source is looked up by every entry
 * citing it. An unknown id reads as nothing.
 */
export function sourceReadings(sources: ReadonlyMap<string, Source>, kindLabel: (kind: string) => string): (id: string) => string {
  const readings = new Map<string, string>();
  return (id) => {
    let reading = readings.get(id);
    if (reading === undefined) {
      const source = sources.get(id);
      reading = source ? createHash("sha1").update(`${kindLabel(source.kind)}\0${JSON.stringify(source)}`).digest("base64") : "";
      readings.set(id, reading);
    }
    return reading;
  };
}

/**
 * Renders entries' Markdown. Given a store (`npm start`, between saves), an entry rendered before
 * is taken from it while every source its notes looked up reads as it did: rendering all 10,000
 * entries again was seconds of each save (docs/performance.md).
 */
export function entryRenderer(sources: ReadonlyMap<string, Source>, kindLabel: (kind: string) => string, kept?: CheckCache, readOf: (id: string) => string = sourceReadings(sources, kindLabel)): (entry: { id: string; body: string }) => RenderedEntry {
  const readNow = (ids: readonly string[]) => ids.map((id) => `${id}\0${readOf(id)}`).join("\0\0");
  return (entry) => {
    const key = kept ? cacheKey("entry-html", [entry.id, entry.body]) : undefined;
    const before = key === undefined ? undefined : kept?.getKeyed<Kept>(key);
    if (before && before.read === readNow(before.ids)) return { html: before.html, reportHtml: before.reportHtml, key: `${key}\0${before.read}` };
    const looked = new Set<string>();
    const looking = { get: (id: string) => (looked.add(id), sources.get(id)) };
    const html = renderMarkdown(entry.body, citationNotes(looking, "note-", kindLabel));
    // In the full report an entry sits under an h3, so its own section headings start at h4, and
    // its citation notes need ids of their own, every entry sharing one page.
    const made = { html, reportHtml: shiftHeadings(renameNotes(html, "note-", `${entry.id}--note-`), 2) };
    if (key === undefined) return made;
    const ids = [...looked];
    const read = readNow(ids);
    kept?.setKeyed(key, { ...made, ids, read } satisfies Kept);
    return { ...made, key: `${key}\0${read}` };
  };
}
