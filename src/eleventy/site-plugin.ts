import { HtmlBasePlugin } from "@11ty/eleventy";
import { dateToRfc3339 } from "@11ty/eleventy-plugin-rss";
import * as filters from "../filters/index.ts";
import { markdown } from "../markdown/markdown.ts";
import { loadModel } from "./load-model.ts";
import { contentSecurityPolicy } from "../html/content-security-policy.ts";
import { footerNavigation, navigation, pages } from "./pages.ts";
import { isSitemapUrl } from "./sitemap.ts";
import { concatStylesheets } from "./stylesheet.ts";

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

  // Data: the validated record, as one model
  // AR_RECORD_ROOT points the build at another folder's content/ and data/ (the tests' fixture records).
  eleventyConfig.addGlobalData("report", () => loadModel(process.env.AR_RECORD_ROOT ?? process.cwd()));
  eleventyConfig.addGlobalData("navigation", navigation);
  eleventyConfig.addGlobalData("footerNavigation", footerNavigation);

  // Filters
  for (const [name, filter] of Object.entries(filters)) eleventyConfig.addFilter(name, filter);

  // Pages
  for (const page of pages) {
    const data: Record<string, unknown> = { permalink: page.permalink, title: page.title, layout: "layouts/base.njk", pageTemplate: page.template };
    // Every generated page joins the collections, so the sitemap lists each entry and person, not just the first.
    if (page.pagination) data.pagination = { ...page.pagination, addAllPagesToCollections: true };
    if (page.computedTitle) data.eleventyComputed = { title: page.computedTitle };
    if (page.description) data.description = page.description;
    if (page.computedDescription) data.eleventyComputed = { ...(data.eleventyComputed as object), description: page.computedDescription };
    data.wasm = page.wasm === true;
    data.csp = contentSecurityPolicy({ wasm: data.wasm as boolean });
    data.searchable = page.searchable ?? true;
    data.indexable = page.indexable ?? true;
    eleventyConfig.addTemplate(`${page.template}.njk`, `{% include "pages/${page.template}.njk" %}`, data);
  }

  // Assets: one stylesheet, concatenated from _includes/css/*.css in name order
  eleventyConfig.addTemplate("assets/site.css.njk", "{{ stylesheet | safe }}", {
    permalink: "/assets/site.css",
    eleventyExcludeFromCollections: true,
    eleventyComputed: { stylesheet: () => concatStylesheets(process.cwd()) },
  });

  // Addresses: every root-relative URL gains the path prefix when hosted below the domain root
  eleventyConfig.addPlugin(HtmlBasePlugin);

  // Feeds and sitemap: absolute URLs from site.url (with the path prefix), drafts never included
  // because the production model has none
  // Only the RSS plugin's date filter: its plugin would add HtmlBasePlugin a second time from inside
  // ours (nested plugins escape Eleventy's duplicate check), and prefix every link twice.
  eleventyConfig.addFilter("dateToRfc3339", dateToRfc3339);
  eleventyConfig.addCollection("sitemap", (api: any) => api.getAll().filter((item: { url: string | false; data: { indexable?: boolean } }) => isSitemapUrl(item.url) && item.data.indexable !== false));
  const xml = (name: string, permalink: string) =>
    eleventyConfig.addTemplate(`feeds/${name}.njk`, `{% include "feeds/${name}.njk" %}`, { permalink, eleventyExcludeFromCollections: true });
  xml("atom", "/feed.xml");
  xml("changes", "/changes/feed.xml");
  xml("sitemap", "/sitemap.xml");

  // Browser code: only the search page loads any
  eleventyConfig.addPassthroughCopy({ "src/client/search.js": "assets/search.js" });
  eleventyConfig.addPassthroughCopy({ "_includes/assets/favicon.svg": "assets/favicon.svg" });

  // Watching
  eleventyConfig.setWatchJavaScriptDependencies(false);
  eleventyConfig.addWatchTarget("./src/**/*.ts");
  eleventyConfig.addWatchTarget("./content/**/*.md");
  eleventyConfig.addWatchTarget("./data/*.json");
}
