import path from "node:path";
import * as pagefind from "pagefind";

/**
 * Indexes the built site for Pagefind search and writes the index and its browser code into
 * `<siteDir>/pagefind/`. Runs on the finished HTML, so it indexes exactly what residents read
 * (pages mark their text with data-pagefind-body; drafts are never built in production).
 * Everything is written locally: the search page makes no third-party requests.
 * @example await buildSearchIndex("_site.build-123") // { pages: 40 }
 */
export async function buildSearchIndex(siteDir: string): Promise<{ pages: number }> {
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join("; ")}`);
    const written = await index.writeFiles({ outputPath: path.join(siteDir, "pagefind") });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}
