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
  /**
   * Nunjucks expression for the title when it depends on the paginated item. End it with `| safe`:
   * the layout escapes the title where it prints it, and escaping twice would show "&#39;" to readers.
   */
  computedTitle?: string;
  /** Listed in the site navigation, in this order, under this label. */
  nav?: { label: string; order: number };
  /** Meta description; the site's description when absent. */
  description?: string;
  /** Nunjucks expression for the description when it depends on the paginated item; `| safe` as for the title. */
  computedDescription?: string;
  /** Listed in the footer links, in this order, under this label. */
  footer?: { label: string; order: number };
  /** The page runs Pagefind's WebAssembly, so its CSP allows 'wasm-unsafe-eval' (no other page does). */
  wasm?: true;
  /** False for pages that would only repeat others in search results (the full report, the search page). */
  searchable?: false;
  /** False for pages that are not content (the 404 page): no canonical URL, not in the sitemap. */
  indexable?: false;
  /** Which group of search results the page is in (searchGroups); "pages" when absent. */
  searchGroup?: SearchGroup["id"];
}

/** Search results come in these groups, in this order: what happened and who, before the pages that list them. */
export const searchGroups = [
  { id: "entries", label: "Entry", plural: "entries" },
  { id: "people", label: "Person or body", plural: "people and bodies" },
  { id: "pages", label: "Page", plural: "other pages" },
] as const;
export type SearchGroup = (typeof searchGroups)[number];

export const pages: PageDefinition[] = [
  { template: "home", permalink: "/", title: "Timeline", nav: { label: "Timeline", order: 10 } },
  {
    template: "entry",
    permalink: "{{ entry.url }}",
    title: "Entry",
    pagination: { data: "report.entries", size: 1, alias: "entry" },
    computedTitle: "{{ entry.title | safe }}",
    computedDescription: "{{ entry.summary | safe }}",
    searchGroup: "entries",
  },
  { template: "sources", permalink: "/sources/", title: "Sources", nav: { label: "Sources", order: 80 } },
  { template: "not-found", permalink: "/404.html", title: "Page not found", searchable: false, indexable: false },
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
    computedTitle: "{{ kind.label | safe }}: events on the timeline",
  },
  {
    template: "timeline-phase",
    permalink: "{{ phase.url }}",
    title: "Timeline by phase",
    pagination: { data: "report.timelineFilters.phases", size: 1, alias: "phase" },
    computedTitle: "{{ phase.title | safe }}: events on the timeline",
  },
  { template: "people", permalink: "/people/", title: "People and bodies", nav: { label: "People", order: 40 }, description: "Who held which role, what they decided and what they said, as the sources record it." },
  {
    template: "person",
    permalink: "{{ person.url }}",
    title: "Person",
    pagination: { data: "report.people", size: 1, alias: "person" },
    computedTitle: "{{ person.name | safe }}",
    computedDescription: "{{ person.name | safe }}: roles, decisions and words in the record, with their sources.",
    searchGroup: "people",
  },
  { template: "promises", permalink: "/promises/", title: "Promises", nav: { label: "Promises", order: 50 }, description: "Every commitment the sources record, who made it, when it was due and what the evidence shows." },
  { template: "glossary", permalink: "/glossary/", title: "Glossary", footer: { label: "Glossary", order: 20 }, description: "Plain explanations of the words and bodies that appear in this record." },
  { template: "about", permalink: "/about/", title: "About this record and how it is made", nav: { label: "About", order: 90 }, footer: { label: "About and method", order: 10 } },
  { template: "changes", permalink: "/changes/", title: "Changes and corrections", footer: { label: "Changes and corrections", order: 30 }, description: "Every dated update and correction made to the record since it was published." },
  { template: "report", permalink: "/report/", title: "The full report", footer: { label: "Full report to print", order: 40 }, searchable: false, description: "The whole record on one page, in order, with its sources: ready to print or save as PDF." },
  { template: "search", permalink: "/search/", title: "Search", nav: { label: "Search", order: 95 }, wasm: true, searchable: false },
  { template: "accessibility", permalink: "/accessibility/", title: "Accessibility statement", footer: { label: "Accessibility statement", order: 50 } },
];

/** The site navigation, from the page table, so adding a page never means editing the layout. */
export const navigation = pages
  .filter((p): p is PageDefinition & { nav: { label: string; order: number } } => p.nav !== undefined)
  .sort((a, b) => a.nav.order - b.nav.order)
  .map((p) => ({ label: p.nav.label, url: p.permalink }));

/** The footer links, from the same table. */
export const footerNavigation = pages
  .filter((p): p is PageDefinition & { footer: { label: string; order: number } } => p.footer !== undefined)
  .sort((a, b) => a.footer.order - b.footer.order)
  .map((p) => ({ label: p.footer.label, url: p.permalink }));
