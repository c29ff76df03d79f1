import type { ReportModel } from "../views/build-views.ts";
import type { PageDefinition } from "./pages.ts";
import { simpleTemplate } from "./simple-template.ts";

/** A page's data as its templates see it: the model, and the paginated item under its alias. */
type PageData = Record<string, unknown> & { report?: ReportModel };

/** What a page table template gives when it is not simple enough to read (simpleTemplate): Nunjucks' rendering of it. */
type Render = (template: string) => string;

/** A page's title and description, read from its data where the layout prints them. */
export interface PageWording {
  title(data: PageData, render: Render): string;
  /** Undefined: the site's description stands. */
  description(data: PageData, render: Render): string | undefined;
}

function fromTemplate(template: string): (data: PageData, render: Render) => string {
  const simple = simpleTemplate(template);
  return simple ? (data) => simple(data) : (_, render) => render(template);
}

/**
 * How a page of the page table is titled and described: from its paginated item (computedTitle,
 * computedDescription), else in the record's own words for it (data/site.json `pages`), else in
 * the table's. Worked out when the layout asks, not as Eleventy computed data: computed data cost
 * about 6 s of CPU for the 10,000 entry pages of the benchmark (docs/performance.md).
 * Values come back unescaped; the layout escapes them where it prints them.
 * @example pageWording(entryPage).title({ entry: { title: "Cabinet decides" } }, render) // "Cabinet decides"
 */
export function pageWording(page: PageDefinition): PageWording {
  const words = (data: PageData) => data.report?.pageWords[page.template];
  return {
    title: page.computedTitle ? fromTemplate(page.computedTitle) : (data) => words(data)?.title ?? page.title,
    description: page.computedDescription ? fromTemplate(page.computedDescription) : (data) => words(data)?.description ?? page.description,
  };
}
