import { HtmlBasePlugin } from "@11ty/eleventy";
import path from "node:path";
import { recordRoot } from "../cli/record-option.ts";
import { downloads, type Download } from "../downloads/index.ts";
import type { ReportModel } from "../views/build-views.ts";
import { buildChartBundle } from "./chart-bundle.ts";
import { dateToRfc3339 } from "@11ty/eleventy-plugin-rss";
import * as filters from "../filters/index.ts";
import { markdown } from "../markdown/markdown.ts";
import { PreviewSession } from "../preview/preview-session.ts";
import { previewOptionOf } from "./preview-option.ts";
import { loadModel } from "./load-model.ts";
import { contentSecurityPolicy } from "../html/content-security-policy.ts";
import { footerNavigation, navigation, pages } from "./pages.ts";
import { searchSettings } from "../views/search-settings.ts";
import { standingOf } from "../views/where-things-stand.ts";
import { isSitemapUrl } from "./sitemap.ts";
import { concatStylesheets } from "./stylesheet.ts";
import { skipUnchangedPages } from "./unchanged-pages.ts";
import { pageWording, type PageWording } from "./page-wording.ts";
import { simpleTemplate } from "./simple-template.ts";
import { absoluteUrl } from "./absolute-url.ts";
import { addEditorToBuild } from "../cms/editor-build.ts";
import { addPageWriter } from "../cli/page-writer.ts";
import { passthroughCopies } from "./passthrough-copies.ts";
import { SOURCES_DIR } from "../loaders/load-sources.ts";

const refuseJs = () => {
  throw new Error("Executable front matter (---js) is not allowed: use YAML between --- lines.");
};

/**
 * The whole site, as one Eleventy plugin. Reads as a table of contents; the work is in src/.
 * @param eleventyConfig Eleventy's configuration API
 */
export default function sitePlugin(eleventyConfig: any): void {
  // Safety: Eleventy's defaults are unsafe for untrusted content
  eleventyConfig.setLibrary("md", markdown);
  eleventyConfig.setFrontMatterParsingOptions({ engines: { javascript: refuseJs, js: refuseJs } });
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: false });

  // Data: the validated record, as one model. Only the preview (npm start, which marks its own
  // configuration) shows drafts and answers problems at every address; every other build leaves
  // drafts out and stops on a problem, whatever the environment says.
  // The record may live in another folder (`--record FOLDER`, README "Publish your own record"; the
  // tests' fixture records), which reaches the plugin as $AR_RECORD_ROOT (src/cli/record-option.ts).
  const root = recordRoot();
  const previewOption = previewOptionOf(eleventyConfig);
  const preview = previewOption ? new PreviewSession(root, undefined, { output: previewOption.output, failure: () => previewOption.failure }) : undefined;
  const unchangedPages = skipUnchangedPages(eleventyConfig, pages.flatMap((page) => (page.pagination ? [page.pagination.data] : [])));
  eleventyConfig.addGlobalData("report", async () => {
    const model = await (preview ? preview.loadModel() : loadModel(root));
    unchangedPages.modelBuilt(model);
    return model;
  });
  // The generic links; the layout prefers the model's (report.navigation), which carry the record's words.
  eleventyConfig.addGlobalData("navigation", navigation);
  eleventyConfig.addGlobalData("footerNavigation", footerNavigation);
  eleventyConfig.addFilter("searchSettings", searchSettings);
  eleventyConfig.addFilter("whereThingsStand", standingOf);

  // Filters
  for (const [name, filter] of Object.entries(filters)) eleventyConfig.addFilter(name, filter);

  // Pages. Each page's title and description are the layout's to ask for (page-wording.ts), with
  // the page's template name: "pageTemplate" | pageTitle.
  const wordings = new Map(pages.map((page) => [page.template, pageWording(page)]));
  const wordingOf = (template: string): PageWording => {
    const wording = wordings.get(template);
    if (!wording) throw new Error(`There is no page "${template}" in the page table (src/eleventy/pages.ts)`);
    return wording;
  };
  type FilterContext = { ctx: Record<string, unknown>; env: { renderString(template: string, context: object): string } };
  eleventyConfig.addFilter("pageTitle", function (this: FilterContext, template: string) {
    return wordingOf(template).title(this.ctx, (t) => this.env.renderString(t, this.ctx));
  });
  eleventyConfig.addFilter("pageDescription", function (this: FilterContext, template: string) {
    return wordingOf(template).description(this.ctx, (t) => this.env.renderString(t, this.ctx));
  });
  for (const page of pages) {
    const data: Record<string, unknown> = { permalink: simpleTemplate(page.permalink) ?? page.permalink, title: page.title, layout: "layouts/base.njk", pageTemplate: page.template };
    // Every generated page joins the collections, so the sitemap lists each entry and person, not just the first.
    if (page.pagination) data.pagination = { ...page.pagination, addAllPagesToCollections: true, before: unchangedPages(page.template, page.pagination.data) };
    data.wasm = page.wasm === true;
    data.csp = contentSecurityPolicy({ wasm: data.wasm as boolean });
    data.searchable = page.searchable ?? true;
    data.searchGroup = page.searchGroup ?? "pages";
    data.indexable = page.indexable ?? true;
    // Extends, not include: a page that extends its template renders it with its own context, where an
    // include copies the whole context first, once for each of 10,000 pages (docs/performance.md).
    eleventyConfig.addTemplate(`${page.template}.njk`, `{% extends "pages/${page.template}.njk" %}`, data);
  }

  // Assets: one stylesheet, concatenated from _includes/css/*.css in name order
  eleventyConfig.addTemplate("assets/site.css.njk", "{{ stylesheet | safe }}", {
    permalink: "/assets/site.css",
    eleventyExcludeFromCollections: true,
    eleventyComputed: { stylesheet: () => concatStylesheets(process.cwd()) },
  });

  // Addresses: every root-relative URL gains the path prefix when hosted below the domain root
  // Without a prefix the rewrite changes nothing, yet parses every page (2 s at 10,000 pages,
  // docs/performance.md), so it is pointed at no output; its htmlBaseUrl filter stays for the feeds.
  const prefixed = (eleventyConfig.pathPrefix ?? "/") !== "/";
  eleventyConfig.addPlugin(HtmlBasePlugin, prefixed ? {} : { extensions: "no-output-has-this-extension" });
  const siteAddress = absoluteUrl();
  eleventyConfig.addFilter("absoluteUrl", function (this: unknown, url: string, base?: string) {
    const htmlBaseUrl = eleventyConfig.getFilter("htmlBaseUrl");
    return siteAddress(url, base, (u, b) => htmlBaseUrl.call(this, u, b));
  });

  // Charts and downloads
  chartsAndDownloads(eleventyConfig);
  // Feeds and sitemap: absolute URLs from site.url (with the path prefix), drafts never included
  // because the production model has none
  // Only the RSS plugin's date filter: its plugin would add HtmlBasePlugin a second time from inside
  // ours (nested plugins escape Eleventy's duplicate check), and prefix every link twice.
  eleventyConfig.addFilter("dateToRfc3339", dateToRfc3339);
  // In address order, so that the same record always gives the same file (Eleventy's own order is by
  // date, and generated pages all carry the time of the build).
  eleventyConfig.addCollection("sitemap", (api: any) =>
    api
      .getAll()
      .filter((item: { url: string | false; data: { indexable?: boolean } }) => isSitemapUrl(item.url) && item.data.indexable !== false)
      .sort((a: { url: string }, b: { url: string }) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0)));
  const xml = (name: string, permalink: string) =>
    eleventyConfig.addTemplate(`feeds/${name}.njk`, `{% include "feeds/${name}.njk" %}`, { permalink, eleventyExcludeFromCollections: true });
  xml("atom", "/feed.xml");
  xml("changes", "/changes/feed.xml");
  xml("sitemap", "/sitemap.xml");
  xml("headers", "/_headers");

  // Browser code: only the search page loads any
  for (const [from, to] of Object.entries(passthroughCopies)) eleventyConfig.addPassthroughCopy({ [from]: to });

  // Watching
  eleventyConfig.setWatchJavaScriptDependencies(false);
  eleventyConfig.addWatchTarget("./src/**/*.ts");
  const watched = path.relative(process.cwd(), root) || ".";
  eleventyConfig.addWatchTarget(`${watched}/content/**/*.md`);
  eleventyConfig.addWatchTarget(`${watched}/data/*.json`);
  // The sources' copies too: a save to one changes the pages of every entry citing it.
  eleventyConfig.addWatchTarget(`${watched}/${SOURCES_DIR}/*.md`);

  // Preview: while the content has problems, every page address of `npm start` answers with them;
  // a page the last build did not make (a deleted entry's) answers 404. The preview's own routes
  // (the editor at /admin/, src/cms/editor-routes.ts) come first, so they work while there are problems.
  if (preview) {
    eleventyConfig.setServerOptions({ onRequest: { ...previewOption!.routes, "/*": preview.answer } });
    eleventyConfig.on("eleventy.contentMap", ({ urlToInputPath }: { urlToInputPath: Record<string, unknown> }) => preview.setPages(Object.keys(urlToInputPath)));
    eleventyConfig.on("eleventy.after", () => void (previewOption!.failure = undefined));
  }

  // The editor in the production build, only when data/site.json asks for it (editor: …)
  addEditorToBuild(eleventyConfig, root);


  // Last, after every transform that reads a page as text
  addPageWriter(eleventyConfig);
}

/**
 * The charts and data downloads (issue 4): one chart.js bundle built with esbuild before every
 * build, served only to pages that link it; CSV and JSON generated from the model.
 * @param eleventyConfig Eleventy's configuration API
 */
export function chartsAndDownloads(eleventyConfig: any): void {
  // Charts: the bundle is built in memory, awaited by Eleventy, then written like any page. While
  // serving, it is rebuilt only when the browser code may have changed, so editing an entry stays fast.
  let chartBundle: string | undefined;
  eleventyConfig.on("eleventy.beforeWatch", (changedFiles: string[]) => {
    if (changedFiles.some((file) => /src[\\/](client|charts|filters)[\\/]/.test(file))) chartBundle = undefined;
  });
  eleventyConfig.on("eleventy.before", async () => {
    chartBundle ??= await buildChartBundle();
  });
  eleventyConfig.addTemplate("assets/charts.js.njk", "{{ bundle | safe }}", {
    permalink: "/assets/charts.js",
    eleventyExcludeFromCollections: true,
    eleventyComputed: {
      bundle: () => {
        if (chartBundle === undefined) throw new Error("The chart bundle was not built before the pages");
        return chartBundle;
      },
    },
  });

  // Downloads: each generated from the model, linked from templates by key. A filter, not computed
  // data: Eleventy probes computed-data functions with a proxy before the model exists.
  eleventyConfig.addGlobalData("downloads", downloads);
  eleventyConfig.addFilter("renderDownload", (model: ReportModel, key: keyof typeof downloads) => downloads[key].render(model));
  for (const [key, download] of Object.entries(downloads) as [string, Download][]) {
    const { url } = download;
    eleventyConfig.addTemplate(`downloads/${key}.njk`, `{{ report | renderDownload("${key}") | safe }}`, {
      ...(typeof url === "string" ? { permalink: url } : { eleventyComputed: { permalink: (data: { report: ReportModel }) => url(data.report) } }),
      // A list of one page, or none: no download for a page the record has nothing to show on.
      pagination: { data: `report.optionalPages.${download.page}`, size: 1, alias: "downloadPage" },
      eleventyExcludeFromCollections: true,
    });
  }
}
