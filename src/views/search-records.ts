import { decodeHTML } from "entities";
import { pages, type PageDefinition } from "../eleventy/pages.ts";
import type { EntryView, ReportModel } from "./build-views.ts";

/**
 * What the search index holds of a page it is given directly (Pagefind's custom record), rather
 * than reading the page's HTML once Eleventy has written it.
 */
export interface SearchRecord {
  url: string;
  /** The words searched, in the order the page shows them. */
  content: string;
  /** As Pagefind names the language of an HTML page: its `lang`, in lower case. */
  language: string;
  meta: { title: string };
  filters: Record<string, string[]>;
}

// Elements that run inside a line of text: their tags join the words either side, as on the page.
const INLINE = new Set(["a", "abbr", "b", "cite", "code", "em", "i", "mark", "q", "s", "small", "span", "strong", "sub", "sup", "time"]);

/**
 * The text of a fragment of the site's own HTML (an entry's rendered Markdown, which never holds
 * raw HTML): tags dropped, a space where a block ends, entities as the characters they stand for.
 */
export function textOfHtml(html: string): string {
  const text = html.replace(/<\/?([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>/g, (_, name: string) => (INLINE.has(name.toLowerCase()) ? "" : " "));
  return decodeHTML(text).replace(/\s+/g, " ").trim();
}

// Pagefind splits words at any white space and ignores case, so pieces left empty or undefined
// (which join writes as nothing) and letter case need no care here.
const sentence = (...parts: (string | undefined)[]) => parts.join(" ");

/**
 * An entry page's words, section by section as `_includes/pages/entry.njk` shows them, without
 * the headings and labels every entry page repeats, and without what the page marks
 * `data-pagefind-ignore` (its kind and phase, which are filters, the pager, "cite this page").
 * test/views/search-records.test.ts holds the two to each other on built pages.
 */
function entryText(entry: EntryView): string {
  const person = (p: { name: string; summary?: string | undefined }) => sentence(p.name, p.summary);
  return [
    entry.title,
    entry.dateText,
    entry.dateNote,
    entry.summary,
    textOfHtml(entry.html),
    ...entry.deciders.map(person),
    ...entry.othersInvolved.map(person),
    ...entry.quoteList.map((q) => sentence(q.text, q.person.name, q.person.type === "person" ? q.personItem.summary : undefined, q.sourceItem.title)),
    ...entry.fundingList.map((line) =>
      sentence(
        line.amountText,
        line.amountExact,
        line.label,
        line.statusLabel,
        line.decidedByPerson.name,
        line.fundLabel,
        line.financialYear,
        // The page lists a sum's stages only when it has more than one, but one stage is this entry's, named by its status above.
        ...line.stages.flatMap((s) => [s.label, ...(s.entry === entry.id ? [] : [s.decision.title, s.decision.dateText])]),
        line.stageNote,
        line.note,
      ),
    ),
    ...[...entry.runningTotals, ...entry.runningIncome].map((t) => sentence(t.label, t.total.text, "breakdown" in t.total ? t.total.breakdown : undefined, t.total.exact)),
    ...entry.sourceList.map((s) => sentence(s.title, s.kindLabel, s.publisher, s.dateText)),
    ...entry.updateList.map((u) => sentence(u.dateText, u.text, ...u.sourceList.map((s) => s.title))),
  ].join("\n");
}

/**
 * Search records for the entry pages, made from the model as soon as it is built: Pagefind then
 * reads them on its own processes while Eleventy is still preparing every page, where an entry
 * page's HTML reaches it only once Eleventy writes it, near the end of the build
 * (docs/performance.md). The filters are those the page carries (its group, kind and phase).
 * None when entry pages are not searchable. One at a time, so that the build never holds them all
 * (about 50 MB at 10,000 entries) beside its model.
 */
export function* eachEntrySearchRecord(model: Pick<ReportModel, "entries" | "site">, page: PageDefinition = pages.find((p) => p.template === "entry")!): Generator<SearchRecord> {
  if (page.searchable === false) return;
  const language = model.site.language.toLowerCase();
  const group = page.searchGroup ?? "pages";
  for (const entry of model.entries) {
    yield {
      url: entry.url,
      content: entryText(entry),
      language,
      meta: { title: entry.title },
      filters: { group: [group], kind: [entry.kindLabel], phase: [entry.phaseTitle] },
    };
  }
}
