/**
 * Every page of the site: the template under _includes/pages/ that renders it, and its address.
 * Pages are virtual templates so content/ holds only what editors write.
 */
export interface PageDefinition {
  /** Template under _includes/pages/, without extension. */
  template: string;
  permalink: string;
  title: string;
  /** Eleventy pagination, for one page per item. */
  pagination?: { data: string; size: 1; alias: string };
  /** Nunjucks expression for the title when it depends on the paginated item. */
  computedTitle?: string;
  /** Listed in the site navigation, in this order, under this label. */
  nav?: { label: string; order: number };
  /** Meta description; the site's description when absent. */
  description?: string;
}

export const pages: PageDefinition[] = [
  { template: "home", permalink: "/", title: "Timeline", nav: { label: "Timeline", order: 10 } },
  {
    template: "entry",
    permalink: "{{ entry.url }}",
    title: "Entry",
    pagination: { data: "report.entries", size: 1, alias: "entry" },
    // Computed data is plain text that the layout escapes; escaping it here as well showed readers
    // "children&#39;s" in the tab title (found by the escaped-twice site check).
    computedTitle: "{{ entry.title | safe }}",
  },
  { template: "sources", permalink: "/sources/", title: "Sources", nav: { label: "Sources", order: 80 } },
  { template: "not-found", permalink: "/404.html", title: "Page not found" },
];

/** The site navigation, from the page table, so adding a page never means editing the layout. */
export const navigation = pages
  .filter((p): p is PageDefinition & { nav: { label: string; order: number } } => p.nav !== undefined)
  .sort((a, b) => a.nav.order - b.nav.order)
  .map((p) => ({ label: p.nav.label, url: p.permalink }));
