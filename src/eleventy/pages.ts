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
}

export const pages: PageDefinition[] = [
  { template: "home", permalink: "/", title: "Timeline" },
  {
    template: "entry",
    permalink: "{{ entry.url }}",
    title: "Entry",
    pagination: { data: "report.entries", size: 1, alias: "entry" },
    computedTitle: "{{ entry.title }}",
  },
  { template: "sources", permalink: "/sources/", title: "Sources" },
  { template: "not-found", permalink: "/404.html", title: "Page not found" },
];
