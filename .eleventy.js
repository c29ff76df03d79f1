// Eleventy's configuration: static options here, everything else in the site plugin.
// tsx is registered so the plugin's TypeScript loads however Eleventy is started
// (npm scripts, vitest, or a plain `npx @11ty/eleventy`).
import { register } from "tsx/esm/api";

register();

// Eleventy's input is an empty folder of its own, never content/ (src/eleventy/input-folder.ts says why).
const { eleventyDirectories, eleventyInputFolder } = await import("./src/eleventy/input-folder.ts");
eleventyInputFolder(process.cwd());

export default async function (eleventyConfig) {
  const { default: site } = await import("./src/eleventy/site-plugin.ts");
  eleventyConfig.addPlugin(site);
}

export const config = {
  dir: { ...eleventyDirectories },
  // Every page is a virtual template the plugin registers; content/ holds Markdown that only our own
  // loader reads and validates.
  templateFormats: ["njk"],
  markdownTemplateEngine: false,
  htmlTemplateEngine: "njk",
};
