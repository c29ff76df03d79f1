import { HtmlBasePlugin } from "@11ty/eleventy";
import * as filters from "../filters/index.ts";
import { markdown } from "../markdown/markdown.ts";
import { loadModel } from "./load-model.ts";
import { navigation, pages } from "./pages.ts";
import { concatStylesheets } from "./stylesheet.ts";
import { skipUnchangedPages } from "./unchanged-pages.ts";
import { simpleTemplate } from "./simple-template.ts";

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
  eleventyConfig.addGlobalData("report", () => loadModel(process.cwd()));
  eleventyConfig.addGlobalData("navigation", navigation);

  // Filters
  for (const [name, filter] of Object.entries(filters)) eleventyConfig.addFilter(name, filter);

  // Pages
  const unchangedPages = skipUnchangedPages(eleventyConfig);
  for (const page of pages) {
    const data: Record<string, unknown> = { permalink: simpleTemplate(page.permalink) ?? page.permalink, title: page.title, layout: "layouts/base.njk", pageTemplate: page.template };
    if (page.pagination) data.pagination = { ...page.pagination, before: unchangedPages(page.template) };
    if (page.computedTitle) data.eleventyComputed = { title: simpleTemplate(page.computedTitle) ?? page.computedTitle };
    if (page.description) data.description = page.description;
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

  // Watching
  eleventyConfig.setWatchJavaScriptDependencies(false);
  eleventyConfig.addWatchTarget("./src/**/*.ts");
  eleventyConfig.addWatchTarget("./content/**/*.md");
  eleventyConfig.addWatchTarget("./data/*.json");
}
