import { citationNotes, renameNotes } from "../citations/citation-notes.ts";
import type { CheckCache } from "../loaders/check-cache.ts";
import { renderMarkdown } from "../markdown/markdown.ts";
import { shiftHeadings } from "../markdown/shift-headings.ts";
import type { Source } from "../schemas/source.ts";

/** An entry's text as its own page shows it, and as the full report does. */
export interface RenderedEntry {
  html: string;
  reportHtml: string;
}

interface Kept extends RenderedEntry {
  /** The sources the rendering looked up, and what it read of them then. */
  ids: string[];
  read: string;
}

/**
 * Renders entries' Markdown. Given a store (`npm start`, between saves), an entry rendered before
 * is taken from it while every source its notes looked up reads as it did: rendering all 10,000
 * entries again was seconds of each save (docs/performance.md).
 */
export function entryRenderer(sources: ReadonlyMap<string, Source>, kindLabel: (kind: string) => string, kept?: CheckCache): (entry: { id: string; body: string }) => RenderedEntry {
  const readNow = (ids: readonly string[]) =>
    ids
      .map((id) => {
        const source = sources.get(id);
        return source ? `${id}\0${kindLabel(source.kind)}\0${JSON.stringify(source)}` : `${id}\0`;
      })
      .join("\0\0");
  return (entry) => {
    const parts = [entry.id, entry.body];
    const before = kept?.get<Kept>("entry-html", parts);
    if (before && before.read === readNow(before.ids)) return { html: before.html, reportHtml: before.reportHtml };
    const looked = new Set<string>();
    const looking = { get: (id: string) => (looked.add(id), sources.get(id)) };
    const html = renderMarkdown(entry.body, citationNotes(looking, "note-", kindLabel));
    // In the full report an entry sits under an h3, so its own section headings start at h4, and
    // its citation notes need ids of their own, every entry sharing one page.
    const made = { html, reportHtml: shiftHeadings(renameNotes(html, "note-", `${entry.id}--note-`), 2) };
    const ids = [...looked];
    kept?.set("entry-html", parts, { ...made, ids, read: readNow(ids) } satisfies Kept);
    return made;
  };
}
