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
  {
    template: "money",
    permalink: "/money/",
    title: "Money: what was decided and what it cost",
    nav: { label: "Money", order: 20 },
    description: "Every sum of money in the record: amount, fund, status, who decided and when, with totals, charts and downloads.",
  },
  {
    template: "demand",
    permalink: "/demand/",
    title: "Demand on the service",
    nav: { label: "Demand", order: 30 },
    description: "The rise in referrals and in children coming into care, as the sources state it, with periods, sources and caveats.",
  },
  {
    template: "timeline-kind",
    permalink: "{{ kind.url }}",
    title: "Timeline by kind",
    pagination: { data: "report.timelineFilters.kinds", size: 1, alias: "kind" },
    computedTitle: "{{ kind.label }}: events on the timeline",
  },
  {
    template: "timeline-phase",
    permalink: "{{ phase.url }}",
    title: "Timeline by phase",
    pagination: { data: "report.timelineFilters.phases", size: 1, alias: "phase" },
    computedTitle: "{{ phase.title }}: events on the timeline",
  },
];

/** The site navigation, from the page table, so adding a page never means editing the layout. */
export const navigation = pages
  .filter((p): p is PageDefinition & { nav: { label: string; order: number } } => p.nav !== undefined)
  .sort((a, b) => a.nav.order - b.nav.order)
  .map((p) => ({ label: p.nav.label, url: p.permalink }));
