import type { CitationNotes } from "../markdown/markdown.ts";
import { escapeHtml } from "../preview/escape-html.ts";
import { formatRecordDate } from "../filters/format-record-date.ts";
import type { Source } from "../schemas/source.ts";
import { citedWords } from "./cited-words.ts";

// "Between June and September 2014" reads mid-sentence as "between June and September 2014".
const lowerFirst = (text: string) => text.replace(/^Between /, "between ");

/** Where a passage can be read on /sources/: its paragraph when there is one, else the source. */
export const passageHref = (source: Source, paragraphAnchor: string | undefined): string => `/sources/#${paragraphAnchor ?? source.id}`;

/**
 * The notes of one rendering of an entry's text: each citation gets a number, and after each
 * block of text a numbered list gives, for each of its citations, the source's own words and which
 * document they come from, linked to the passage on /sources/. `prefix` keeps note ids apart when
 * several entries share a page (the full report).
 * `kindLabel` names a kind of source in the record's own words (data/vocabularies.json).
 * @example renderMarkdown(entry.body, citationNotes(sourcesById, "note-", (kind) => labels.get(kind) ?? kind))
 */
export function citationNotes(sources: Pick<ReadonlyMap<string, Source>, "get">, prefix: string, kindLabel: (kind: string) => string): CitationNotes {
  let count = 0;
  let pending: string[] = [];
  let firstPending = 1;
  return {
    cite(sourceId, passage) {
      count += 1;
      const n = count;
      if (pending.length === 0) firstPending = n;
      const source = sources.get(sourceId);
      const noteId = `${prefix}${n}`;
      if (!source) {
        // The record check refuses unknown sources before anything is built; a preview may still get here.
        pending.push(`<li id="${noteId}">No source in the record has the id ${escapeHtml(sourceId)}.</li>`);
      } else {
        const { words, paragraph } = citedWords(source, passage ?? "");
        const where = paragraph ? `, paragraph ${paragraph.n}` : "";
        const said = passage ? `<blockquote class="ar-note__words"><p>${escapeHtml(words)}</p></blockquote>` : "";
        pending.push(
          `<li id="${noteId}">${said}<p class="ar-note__from">From <a href="${passageHref(source, paragraph?.anchor)}"><cite>${escapeHtml(source.title)}</cite></a>` +
            ` (${escapeHtml(kindLabel(source.kind).toLowerCase())}, ${escapeHtml(lowerFirst(formatRecordDate(source)))}${where})</p></li>`,
        );
      }
      return { href: `#${noteId}`, id: `${prefix}ref-${n}`, marker: `<sup class="ar-cite__n">[${n}]</sup>` };
    },
    flush() {
      if (pending.length === 0) return "";
      const start = firstPending === 1 ? "" : ` start="${firstPending}"`;
      const html = `<ol class="ar-notes"${start}>\n${pending.join("\n")}\n</ol>\n`;
      pending = [];
      return html;
    },
  };
}

/**
 * Rendered Markdown with its citation notes under another id prefix, as if rendered with `to`:
 * the full report, where every entry shares one page, gives each entry's notes ids of their own
 * without rendering the entry twice. Safe on our own renderer's output only: ids and fragment
 * links come from it, and a quotation mark in content is always escaped.
 * @example renameNotes('<a href="#note-1" id="note-ref-1">', "note-", "x--note-") // '<a href="#x--note-1" id="x--note-ref-1">'
 */
export function renameNotes(html: string, from: string, to: string): string {
  return html.replaceAll(`id="${from}`, `id="${to}`).replaceAll(`href="#${from}`, `href="#${to}`);
}
