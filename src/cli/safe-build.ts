import { rm } from "node:fs/promises";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import { loadRecord } from "../loaders/load-record.ts";
import { takeBuildLock } from "./build-lock.ts";
import { buildSearchIndex } from "./build-search-index.ts";
import { reportProblems } from "./report-problems.ts";
import { liveBuild, lockFile, OutputFolderError, prepareBuild, publishBuild, readyOutput, tidyBuildsFolder, type AfterStep } from "./site-swap.ts";

export interface BuildOptions {
  root: string;
  /** Folder, relative to root, that receives the finished site. */
  output: string;
  pathPrefix?: string | undefined;
  quiet?: boolean;
  /** Tests only: called at each moment of publishing, to look at what a crash there would leave. */
  afterStep?: AfterStep;
}

/**
 * Checks the record, builds into a folder of its own and publishes it in one atomic step
 * (src/cli/site-swap.ts). Returns false, with the problems printed, when the content is invalid,
 * another build is running, or the output folder cannot be replaced; the old site stays as it was.
 */
export async function build({ root, output, pathPrefix, quiet = false, afterStep }: BuildOptions): Promise<boolean> {
  const checked = await loadRecord(root);
  if (!checked.ok) {
    reportProblems(checked.problems);
    process.stderr.write(`The site was not built; ${output}/ is unchanged.\n`);
    return false;
  }
  const finalDir = path.resolve(root, output);
  const label = path.relative(root, finalDir).startsWith("..") ? finalDir : path.relative(root, finalDir);
  const refuse = (message: string) => {
    process.stderr.write(`${message}\n`);
    return false;
  };
  try {
    await readyOutput(finalDir, label);
  } catch (error) {
    if (error instanceof OutputFolderError) return refuse(error.message);
    throw error;
  }
  const lock = await takeBuildLock(lockFile(finalDir));
  if (!lock.held) {
    await tidyBuildsFolder(finalDir);
    return refuse(
      `Another build (process ${lock.owner}) is writing ${label}/ now, so this one stopped; ${label}/ is unchanged. ` +
        `Wait for it to finish, then build again. If no build is running, delete ${path.relative(root, lockFile(finalDir))}.`,
    );
  }
  let tempDir: string | undefined;
  try {
    tempDir = await prepareBuild(finalDir);
    const eleventy = new Eleventy(path.join(root, "content"), tempDir, {
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
    await publishBuild(finalDir, tempDir, label, afterStep);
    tempDir = undefined;
    return true;
  } catch (error) {
    if (error instanceof OutputFolderError) return refuse(error.message);
    throw error;
  } finally {
    // Never the folder that is live: a failure after the swap leaves the new site published.
    if (tempDir && (await liveBuild(finalDir)) !== tempDir) await rm(tempDir, { recursive: true, force: true });
    await lock.release();
    await tidyBuildsFolder(finalDir);
  }
}
