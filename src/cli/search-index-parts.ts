import { readdir, rm } from "node:fs/promises";
import path from "node:path";

/**
 * How the search index is split. Pagefind holds a whole index in memory while it writes it, and
 * its peak grows with pages × distinct words (about 1.2 GiB for 10,500 synthetic pages, 2.4 GiB with
 * a realistic vocabulary), so a large record is indexed in parts of at most `pagesPerPart` pages,
 * written one after the other, and the search page merges them (Pagefind's `mergeIndex`). A record
 * of fewer pages than that has one index, exactly as before.
 */

/** Pages per part by default: a part of 2,000 pages peaks near 400 MiB in Pagefind's process. */
export const PAGES_PER_PART = 2000;

/** The folder of part `n` (0-based) below the site root: the first is Pagefind's usual `pagefind/`. */
export const partFolder = (n: number): string => (n === 0 ? "pagefind" : `pagefind-${n + 1}`);

/** The file, inside the first part, that lists the other parts for the search page. */
export const PARTS_FILE = "parts.json";

/** How many parts for about `pages` searchable pages. */
export function partCount(pages: number, pagesPerPart = PAGES_PER_PART): number {
  if (!Number.isInteger(pagesPerPart) || pagesPerPart < 1) throw new RangeError(`pages per search index part must be a whole number of at least 1, not ${pagesPerPart}`);
  return Math.max(1, Math.ceil(pages / pagesPerPart));
}

/**
 * The part a page belongs to: from its address alone (FNV-1a), so the same record is split the same
 * way on every build whatever order Eleventy renders its pages in, and the index stays repeatable.
 */
export function partOf(url: string, parts: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < url.length; i++) hash = Math.imul(hash ^ url.charCodeAt(i), 0x01000193) >>> 0;
  return hash % parts;
}

/** Whether a folder at the site root is a part of the search index (partFolder's names). */
export const isPartFolder = (name: string): boolean => /^pagefind(?:-[1-9]\d*)?$/.test(name);

/**
 * Removes every part of an earlier search index from a site folder a build is about to write over.
 * Pagefind does not write a file of its index that is there already, so its files keep the earlier
 * build's times and cannot be told from stale ones: the index is written afresh instead.
 */
export async function removeSearchIndex(siteDir: string): Promise<void> {
  const names = await readdir(siteDir).catch(() => [] as string[]);
  await Promise.all(names.filter(isPartFolder).map((name) => rm(path.join(siteDir, name), { recursive: true, force: true })));
}
