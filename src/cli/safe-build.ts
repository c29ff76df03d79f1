import { existsSync } from "node:fs";
import { cp, readdir, readFile, rm, stat } from "node:fs/promises";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import { eleventyInputFolder } from "../eleventy/input-folder.ts";
import { pageWriter, writePagesWith } from "./page-writer.ts";
import { passthroughCopies } from "../eleventy/passthrough-copies.ts";
import { handOverRecord } from "../eleventy/load-model.ts";
import { memoryCheckCache, type CheckCache } from "../loaders/check-cache.ts";
import { loadRecord } from "../loaders/load-record.ts";
import { checkPlaceholders } from "../record/check-placeholders.ts";
import { dataFiles } from "../record/report-record.ts";
import { eachEntrySearchRecord } from "../views/search-records.ts";
import { takeBuildLock } from "./build-lock.ts";
import { startSearchIndex, type SearchIndex } from "./build-search-index.ts";
import { partCount, PAGES_PER_PART, removeSearchIndex } from "./search-index-parts.ts";
import { pointSitePluginAt } from "./record-option.ts";
import { reportProblems } from "./report-problems.ts";
import { removeStaleFiles } from "./stale-files.ts";
import { liveBuild, lockFile, OutputFolderError, prepareBuild, publishBuild, readyOutput, tidyBuildsFolder, type AfterStep } from "./site-swap.ts";

export interface BuildOptions {
  root: string;
  /** The folder holding the record's content/ and data/, when not `root` (`--record FOLDER`). */
  record?: string;
  /** Folder, relative to root, that receives the finished site. */
  output: string;
  pathPrefix?: string | undefined;
  /** Nothing but problems and the closing count of files written. */
  quiet?: boolean;
  /** A line for every file written (10,000 lines for 10,000 entries); off by default. */
  listFiles?: boolean;
  /** Tests only: called at each moment of publishing, to look at what a crash there would leave. */
  afterStep?: AfterStep;
  /** A build to publish: site settings that still hold placeholders stop it (checkPlaceholders). */
  production?: boolean;
  /** Searchable pages per part of the search index (src/cli/search-index-parts.ts); lower uses less memory. */
  searchPartSize?: number;
}

/**
 * Checks the record, builds into a folder of its own and publishes it in one atomic step
 * (src/cli/site-swap.ts). Returns false, with the problems printed, when the content is invalid,
 * another build is running, or the output folder cannot be replaced; the old site stays as it was.
 */
export async function build({ root, record = root, output, pathPrefix, quiet = false, listFiles = false, production = false, searchPartSize = PAGES_PER_PART, afterStep }: BuildOptions): Promise<boolean> {
  const started = performance.now();
  // What the check reads of each body is kept for the model (load-model.ts), not read twice;
  // held only until the model is built, so the pages phase does not carry it (peak memory).
  let kept: CheckCache | undefined = memoryCheckCache();
  const checked = await loadRecord(record, { cache: kept });
  const problems = checked.ok
    ? production ? checkPlaceholders(checked.record.site, await readFile(path.join(record, dataFiles.site), "utf8"), process.env.AR_SITE_URL) : []
    : checked.problems;
  if (problems.length > 0) {
    reportProblems(problems);
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
  let searchStarted: Promise<SearchIndex> | undefined;
  // The old search index of a spare, removed on the thread pool while Eleventy renders.
  let indexRemoved: Promise<void> = Promise.resolve();
  const restoreRecord = pointSitePluginAt(record);
  let withdrawRecord = () => {};
  try {
    const prepared = await prepareBuild(finalDir);
    tempDir = prepared.dir;
    if (prepared.reused) indexRemoved = removeSearchIndex(tempDir);
    indexRemoved.catch(() => undefined);
    const checkedAt = performance.now();
    // Pagefind starts first and indexes each page as Eleventy finishes it, on the other cores. The
    // pages searched are about one per entry and one per person or body: that sizes the parts.
    // A record of more entries than fit one part indexes its entry pages from the model instead
    // (search-records.ts), as soon as Eleventy has built it, in parts of their own written while
    // it renders; a smaller record keeps one index, read from its pages.
    const { entries, people } = checked.ok ? checked.record : { entries: [], people: [] };
    const recordParts = entries.length > searchPartSize ? partCount(entries.length, searchPartSize) : 0;
    const parts = partCount(recordParts > 0 ? people.length : entries.length + people.length, searchPartSize);
    // Its processes start while Eleventy loads and builds the model; the first page waits for them. One
    // that cannot start is reported once the pages are written (index.write below), not from inside Eleventy.
    const starting = (searchStarted = startSearchIndex({ parts, recordParts }));
    const searchReady = starting.catch(() => undefined);
    const siteDir = tempDir;
    const indexModel = async (model: Parameters<typeof eachEntrySearchRecord>[0]) => {
      if (recordParts === 0) return;
      // Not into a spare's old index while it is being removed (a failed removal stops the build below).
      await indexRemoved.catch(() => undefined);
      (await searchReady)?.indexRecords(eachEntrySearchRecord(model), siteDir);
    };
    if (checked.ok) withdrawRecord = handOverRecord(record, checked, kept, indexModel);
    kept = undefined;
    const siteFolder = tempDir;
    const writer = pageWriter(listFiles && !quiet ? { listed: (file) => process.stdout.write(`Writing ${label}/${path.relative(siteFolder, file)}\n`) } : {});
    const eleventy = new Eleventy(eleventyInputFolder(root), tempDir, {
      configPath: path.join(root, ".eleventy.js"),
      quietMode: quiet || !listFiles,
      ...(pathPrefix ? { pathPrefix } : {}),
      config: (eleventyConfig: any) => {
        writePagesWith(eleventyConfig, writer);
        eleventyConfig.addTransform("search-index", async function (this: { page: { url: string | false; outputPath: string | false } }, content: string) {
          if (this.page.url && String(this.page.outputPath).endsWith(".html")) await (await searchReady)?.add(this.page.url, content);
          return content;
        });
      },
    });
    // Anything in a reused folder modified before this moment is the earlier site's, unless this
    // build wrote it. The earlier site was written a whole build ago; the margin covers file times
    // taken from a coarser clock.
    const writingFrom = Date.now() - 100;
    // Eleventy renders; the pages are written by the writer (page-writer.ts) as they come, so
    // Eleventy is run for JSON and copies nothing: the files it would copy are copied here.
    await eleventy.toJSON();
    await writer.finished();
    const copied = await copyPassthrough(root, tempDir);
    const written = new Set([...writer.written, ...copied]);
    const pagesAt = performance.now();
    // Eleventy's own closing line is not printed for a build run for JSON; this says the same.
    process.stdout.write(`Wrote ${writer.written.size} files and copied ${copied.length} in ${((pagesAt - checkedAt) / 1000).toFixed(2)} seconds.\n`);
    // The index is finished before the swap, so a failed index never goes live.
    await indexRemoved;
    const indexed = await (await starting).write(tempDir);
    if (prepared.reused) removeStaleFiles(tempDir, written, writingFrom);
    const indexedAt = performance.now();
    await publishBuild(finalDir, tempDir, label, afterStep);
    tempDir = undefined;
    const s = (from: number, to: number) => `${((to - from) / 1000).toFixed(2)} s`;
    // One line that the benchmark reads to split the build's time (docs/performance.md).
    if (!quiet) process.stdout.write(`Timings: checks ${s(started, checkedAt)}, pages ${s(checkedAt, pagesAt)}, search index ${s(pagesAt, indexedAt)} after the pages (${indexed.pages} pages indexed in ${indexed.parts} ${indexed.parts === 1 ? "part" : "parts"}), publishing ${s(indexedAt, performance.now())}.\n`);
    return true;
  } catch (error) {
    if (error instanceof OutputFolderError) return refuse(error.message);
    throw error;
  } finally {
    restoreRecord();
    withdrawRecord();
    await (await searchStarted?.catch(() => undefined))?.close();
    // Not two removals of the same folder at once, when the build failed while the old index went.
    await indexRemoved.catch(() => undefined);
    // Never the folder that is live: a failure after the swap leaves the new site published.
    if (tempDir && (await liveBuild(finalDir)) !== tempDir) await rm(tempDir, { recursive: true, force: true });
    await lock.release();
    await tidyBuildsFolder(finalDir);
  }
}

/** Copies the site plugin's passthrough files into `siteDir` as Eleventy would; returns the files written. */
async function copyPassthrough(root: string, siteDir: string): Promise<string[]> {
  const copied: string[] = [];
  for (const [from, to] of Object.entries(passthroughCopies)) {
    const source = path.resolve(root, from);
    const target = path.resolve(siteDir, to);
    // A file the project does not have is not copied, as Eleventy does not (a record's own project may lack one).
    if (!existsSync(source)) continue;
    await cp(source, target, { recursive: true, dereference: true });
    copied.push(...((await stat(target)).isDirectory() ? (await readdir(target, { recursive: true, withFileTypes: true })).filter((f) => f.isFile()).map((f) => path.join(f.parentPath, f.name)) : [target]));
  }
  return copied;
}
