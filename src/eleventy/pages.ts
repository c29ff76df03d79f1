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
}

export const pages: PageDefinition[] = [
  { template: "home", permalink: "/", title: "Timeline", nav: { label: "Timeline", order: 10 } },
  {
    template: "entry",
    permalink: "{{ entry.url }}",
    title: "Entry",
    pagination: { data: "report.entries", size: 1, alias: "entry" },
    computedTitle: "{{ entry.title | safe }}",
    computedDescription: "{{ entry.summary | safe }}",
  },
  { template: "sources", permalink: "/sources/", title: "Sources", nav: { label: "Sources", order: 80 } },
  { template: "not-found", permalink: "/404.html", title: "Page not found", searchable: false, indexable: false },
  {
    template: "money",
    permalink: "/money/",
    title: "Money: what was decided and what it cost",
    nav: { label: "Money", order: 20 },
    description: "Every sum of money in the record: amount, fund, stage, who decided and when, with totals, charts and downloads.",
    // Built only when the record has money to show.
    pagination: { data: "report.optionalPages.money", size: 1, alias: "moneyPage" },
  },
  {
    template: "statistics",
    permalink: "{{ statisticsPage.url }}",
    title: "Figures",
    nav: { label: "Figures", order: 30 },
    // Named, addressed and described by data/statistics.json; built only when it has figures.
    pagination: { data: "report.optionalPages.statistics", size: 1, alias: "statisticsPage" },
    computedTitle: "{{ statisticsPage.title | safe }}",
    computedDescription: "{{ statisticsPage.description | safe }}",
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
  },
  { template: "promises", permalink: "/promises/", title: "Promises", nav: { label: "Promises", order: 50 }, description: "Every commitment the sources record, who made it, when it was due and what the evidence shows." },
  { template: "glossary", permalink: "/glossary/", title: "Glossary", footer: { label: "Glossary", order: 20 }, description: "Plain explanations of the words and bodies that appear in this record." },
  { template: "about", permalink: "/about/", title: "About this record and how it is made", nav: { label: "About", order: 90 }, footer: { label: "About and method", order: 10 } },
  { template: "changes", permalink: "/changes/", title: "Changes and corrections", footer: { label: "Changes and corrections", order: 30 }, description: "Every dated update and correction made to the record since it was published." },
  { template: "report", permalink: "/report/", title: "The full report", footer: { label: "Full report to print", order: 40 }, searchable: false, description: "The whole record on one page, in order, with its sources: ready to print or save as PDF." },
  { template: "search", permalink: "/search/", title: "Search", nav: { label: "Search", order: 95 }, wasm: true, searchable: false },
  { template: "accessibility", permalink: "/accessibility/", title: "Accessibility statement", footer: { label: "Accessibility statement", order: 50 } },
];

/** What a record may say about one of its pages: its own title, navigation label, description and address. */
export interface PageWords {
  title?: string | undefined;
  navLabel?: string | undefined;
  description?: string | undefined;
  url?: string | undefined;
}

type Listed = "nav" | "footer";
const linksFor = (where: Listed, words: Readonly<Record<string, PageWords | undefined>>, built: (template: string) => boolean) =>
  pages
    .filter((p): p is PageDefinition & Record<Listed, { label: string; order: number }> => p[where] !== undefined && built(p.template))
    .sort((a, b) => a[where].order - b[where].order)
    .map((p) => ({ label: (where === "nav" ? words[p.template]?.navLabel : undefined) ?? p[where].label, url: words[p.template]?.url ?? p.permalink }));

/**
 * The site navigation and footer links, from the page table with the record's own words, leaving
 * out pages the record has nothing to show on; adding a page never means editing the layout.
 * @example siteLinks({ statistics: { navLabel: "Demand", url: "/demand/" } }, () => true).navigation[2] // { label: "Demand", url: "/demand/" }
 */
export function siteLinks(words: Readonly<Record<string, PageWords | undefined>>, built: (template: string) => boolean) {
  return { navigation: linksFor("nav", words, built), footerNavigation: linksFor("footer", words, built) };
}

/** The generic title and description of a page: what a record that says nothing about it gets. */
export const pageDefaults = (template: string): { title: string; description: string | undefined } => {
  const page = pages.find((p) => p.template === template);
  return { title: page?.title ?? template, description: page?.description };
};

/** The links with the generic words and every page built, for a model that has none (a preview of broken content). */
export const { navigation, footerNavigation } = siteLinks({}, () => true);
