// Eleventy's configuration: static options here, everything else in the site plugin.
// tsx is registered so the plugin's TypeScript loads however Eleventy is started
// (npm scripts, vitest, or a plain `npx @11ty/eleventy`).
import { register } from "tsx/esm/api";

register();

export default async function (eleventyConfig) {
  const { default: site } = await import("./src/eleventy/site-plugin.ts");
  eleventyConfig.addPlugin(site);
}

export const config = {
  dir: {
    input: "content",
    includes: "../_includes",
    data: "../.no-global-data",
  },
  // content/ holds Markdown that our own loader reads and validates; Eleventy renders only the
  // virtual page templates the plugin registers, never the content files directly.
  templateFormats: ["njk"],
  markdownTemplateEngine: false,
  htmlTemplateEngine: "njk",
};
