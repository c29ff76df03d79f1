import Eleventy from "@11ty/eleventy";
import { eleventyInputFolder } from "../../src/eleventy/input-folder.ts";
import path from "node:path";
import { pointSitePluginAt } from "../../src/cli/record-option.ts";
import { projectRoot } from "./fixture-record.ts";

export interface BuiltPage {
  url: string;
  content: string;
}

/**
 * Builds the site with the real .eleventy.js, in memory. `recordRoot` builds another folder's
 * content/ and data/ (a fixture record) with the project's templates; `pathPrefix` hosts the site
 * below the domain root, as `npm run build -- --pathprefix=…` does.
 */
export async function buildInMemory({ recordRoot, pathPrefix }: { recordRoot?: string; pathPrefix?: string } = {}): Promise<BuiltPage[]> {
  const restoreRecord = pointSitePluginAt(recordRoot ?? projectRoot);
  try {
    const eleventy = new Eleventy(eleventyInputFolder(projectRoot), "_site", {
      configPath: path.join(projectRoot, ".eleventy.js"),
      quietMode: true,
      ...(pathPrefix ? { pathPrefix } : {}),
    });
    return (await eleventy.toJSON()) as BuiltPage[];
  } finally {
    restoreRecord();
  }
}

/** The page at `url`, or a failure naming the pages that were built. */
export function pageAt(pages: readonly BuiltPage[], url: string): BuiltPage {
  const found = pages.find((p) => p.url === url);
  if (!found) throw new Error(`no page at ${url}; built: ${pages.map((p) => p.url).join(", ")}`);
  return found;
}

/** Text as Nunjucks' autoescape writes it into HTML, to look for data in built pages. */
export const asHtml = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

/** The part of a page between <main> and </main>, so navigation links do not count as content. */
export const mainOf = (html: string): string => html.slice(html.indexOf("<main"), html.indexOf("</main>"));

/** The element with `id`, up to the end of its first closing tag of the same name. */
export function elementById(html: string, id: string): string {
  const start = html.indexOf(` id="${id}"`);
  if (start < 0) throw new Error(`no element with id="${id}"`);
  const open = html.lastIndexOf("<", start);
  const tag = /^<([a-z0-9]+)/.exec(html.slice(open))![1]!;
  // Count nested elements of the same name so a <li> holding a <ul><li> ends at its own </li>.
  const pattern = new RegExp(`<${tag}[\\s>]|</${tag}>`, "g");
  pattern.lastIndex = open;
  let depth = 0;
  for (let m = pattern.exec(html); m; m = pattern.exec(html)) {
    depth += m[0].startsWith("</") ? -1 : 1;
    if (depth === 0) return html.slice(open, m.index + m[0].length);
  }
  return html.slice(open);
}
