import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { BuiltSite } from "./built-site.ts";
import { normalisePrefix } from "./check-links.ts";
import { DATA_SCRIPT_TYPES } from "./check-security.ts";
import { describeElement, parsePage } from "./parse-page.ts";
import type { SiteProblem } from "./site-problem.ts";

export interface Budgets {
  /** Most bytes of HTML plus CSS, gzipped, that one page may cost: what fits in the first round trips of a slow connection. */
  maxGzipBytes: number;
  /**
   * Pages allowed to be heavier, by address: the one-page full report exists to be long, and the
   * sources page carries the whole copy held of every source that may be published in full, so both
   * grow with the record.
   */
  heavyPages: readonly string[];
  /** Address prefixes of scripts a page without a chart may still load: the search page's own script and Pagefind. */
  scriptsAllowedWithoutChart: readonly string[];
  /** The path prefix the site was built with. */
  pathPrefix?: string;
}

export const defaultBudgets: Budgets = {
  maxGzipBytes: 14 * 1024,
  heavyPages: ["/report/", "/sources/"],
  scriptsAllowedWithoutChart: ["/pagefind/", "/assets/search.js"],
};

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gzipSize = (data: Buffer | string) => gzipSync(data).length;

/** What one page costs: its HTML and stylesheets gzipped, and the scripts it loads. */
export interface PageCost {
  page: string;
  htmlGzip: number;
  css: { href: string; gzip: number }[];
  total: number;
  scripts: { src: string; inline: boolean; deferred: boolean }[];
  charts: number;
}

/** Measures every page of a built site. */
export function measurePages(site: BuiltSite, pathPrefix = "/"): PageCost[] {
  const prefix = normalisePrefix(pathPrefix);
  const cssCache = new Map<string, number>();
  return site.pages.map((page) => {
    const { elements } = parsePage(page.html);
    const css: PageCost["css"] = [];
    for (const link of elements.filter((e) => e.name === "link" && /(^|\s)stylesheet(\s|$)/i.test(e.attribs.rel ?? ""))) {
      const href = link.attribs.href ?? "";
      const file = new URL(href, `http://site.invalid${prefix}${page.url.slice(1)}`).pathname.slice(prefix.length);
      if (!cssCache.has(file) && site.files.has(file)) cssCache.set(file, gzipSize(readFileSync(path.join(site.dir, file))));
      css.push({ href, gzip: cssCache.get(file) ?? 0 });
    }
    const scripts = elements
      .filter((e) => e.name === "script" && !DATA_SCRIPT_TYPES.has((e.attribs.type ?? "").toLowerCase().trim()))
      // Module scripts are deferred by the HTML standard, with or without the attribute.
      .map((e) => ({ src: e.attribs.src ?? describeElement(e), inline: e.attribs.src === undefined, deferred: e.attribs.src !== undefined && e.attribs.async === undefined && (e.attribs.defer !== undefined || (e.attribs.type ?? "").toLowerCase() === "module") }));
    const htmlGzip = gzipSize(page.html);
    return {
      page: page.url,
      htmlGzip,
      css,
      total: htmlGzip + css.reduce((sum, c) => sum + c.gzip, 0),
      scripts,
      // A chart is a canvas, or a figure whose canvas the chart script draws after the table.
      charts: elements.filter((e) => e.name === "canvas" || e.attribs["data-ar-chart"] !== undefined).length,
    };
  });
}

/**
 * Checks every page against the budgets: HTML + CSS gzipped within `maxGzipBytes`, no JavaScript on
 * pages without a chart, and exactly one deferred script on pages with charts.
 */
export function checkBudgets(site: BuiltSite, budgets: Budgets = defaultBudgets): SiteProblem[] {
  const prefix = normalisePrefix(budgets.pathPrefix);
  const problems: SiteProblem[] = [];
  for (const cost of measurePages(site, prefix)) {
    const report = (rule: string, message: string) => problems.push({ page: cost.page, rule, message });
    if (cost.total > budgets.maxGzipBytes && !budgets.heavyPages.includes(cost.page)) {
      const parts = [`HTML ${kb(cost.htmlGzip)}`, ...cost.css.map((c) => `${c.href} ${kb(c.gzip)}`)].join(" + ");
      report("page-weight", `HTML and CSS come to ${kb(cost.total)} gzipped (${parts}); the budget is ${kb(budgets.maxGzipBytes)}`);
    }
    // Below a path prefix the pages load the search scripts from inside it (the build adds it).
    const allowedWithoutChart = (src: string) => budgets.scriptsAllowedWithoutChart.some((p) => src.startsWith(`${prefix}${p.slice(1)}`));
    if (cost.charts === 0) {
      const scripts = cost.scripts.filter((s) => !allowedWithoutChart(s.src));
      if (scripts.length > 0) report("script-without-chart", `the page has no chart but loads JavaScript: ${scripts.map((s) => s.src).join(", ")}`);
    } else {
      if (cost.scripts.length !== 1) report("chart-scripts", `the page has ${cost.charts} chart(s) and loads ${cost.scripts.length} scripts (expected exactly one deferred bundle)${cost.scripts.length ? `: ${cost.scripts.map((s) => s.src).join(", ")}` : ""}`);
      for (const s of cost.scripts.filter((x) => !x.deferred)) {
        // An inline script has nothing to defer: `defer` only applies to a script loaded from a file.
        report("chart-script-not-deferred", s.inline
          ? `${s.src} is written inside the page, so it runs before the page shows (defer works only for a script loaded from a file with src); load the chart code from its bundle`
          : `${s.src} is not loaded with defer, so it blocks the page from showing`);
      }
    }
  }
  return problems;
}
