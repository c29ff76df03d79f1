import { rename, rm } from "node:fs/promises";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import { eleventyInputFolder } from "../eleventy/input-folder.ts";
import { loadRecord } from "../loaders/load-record.ts";
import { buildSearchIndex } from "./build-search-index.ts";
import { pointSitePluginAt } from "./record-option.ts";
import { reportProblems } from "./report-problems.ts";

export interface BuildOptions {
  root: string;
  /** The folder holding the record's content/ and data/, when not `root` (`--record FOLDER`). */
  record?: string;
  /** Folder, relative to root, that receives the finished site. */
  output: string;
  pathPrefix?: string | undefined;
  quiet?: boolean;
}

/**
 * Checks the record, builds into a sibling temporary folder and swaps it into place.
 * Returns false, with the problems printed, when the content is invalid; the old site stays as it was.
 */
export async function build({ root, record = root, output, pathPrefix, quiet = false }: BuildOptions): Promise<boolean> {
  const checked = await loadRecord(record);
  if (!checked.ok) {
    reportProblems(checked.problems);
    process.stderr.write(`The site was not built; ${output}/ is unchanged.\n`);
    return false;
  }
  const finalDir = path.resolve(root, output);
  const tempDir = `${finalDir}.build-${process.pid}`;
  const oldDir = `${finalDir}.old-${process.pid}`;
  await rm(tempDir, { recursive: true, force: true });
  const restoreRecord = pointSitePluginAt(record);
  try {
    const eleventy = new Eleventy(eleventyInputFolder(root), tempDir, {
      configPath: path.join(root, ".eleventy.js"),
      quietMode: quiet,
      ...(pathPrefix ? { pathPrefix } : {}),
    });
    await eleventy.write();
    // Search is indexed from the finished pages, before the swap, so a failed index never goes live.
    const started = performance.now();
    const search = await buildSearchIndex(tempDir);
    // The benchmark reads this line to time the site apart from its search index (docs/performance.md).
    if (!quiet) process.stdout.write(`Search index: ${search.pages} pages in ${((performance.now() - started) / 1000).toFixed(2)} s.\n`);
  } catch (error) {
    await rm(tempDir, { recursive: true, force: true });
    throw error;
  } finally {
    restoreRecord();
  }
  await rename(finalDir, oldDir).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== "ENOENT") throw error;
  });
  await rename(tempDir, finalDir);
  await rm(oldDir, { recursive: true, force: true });
  return true;
}
