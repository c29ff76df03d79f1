import { lstatSync, readdirSync, rmdirSync, unlinkSync } from "node:fs";
import path from "node:path";
import { isPartFolder } from "./search-index-parts.ts";

/**
 * What a build wrote, as Eleventy's `write()` reports it: each page's output path, and the files
 * each passthrough copy made (which keep their source's modification time, so only this list says
 * they are new).
 */
export function writtenBy(results: unknown): Set<string> {
  const written = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!value) return;
    const { outputPath, map } = value as { outputPath?: unknown; map?: unknown };
    if (typeof outputPath === "string") written.add(path.resolve(outputPath));
    if (map && typeof map === "object") for (const to of Object.values(map)) if (typeof to === "string") written.add(path.resolve(to));
  };
  visit(results);
  return written;
}

/**
 * Removes from a build folder written over an earlier build every file this build did not write
 * (the search index aside, written afresh each time): a page no longer made (a deleted entry's).
 * A file is this build's when it is in `written` or was modified at or after `since` (the editor's
 * files); folders left empty go too. One listing of the whole folder: 10,000 pages' folders read
 * one by one, each awaited, took a second. Returns how many files were removed.
 */
export function removeStaleFiles(dir: string, written: ReadonlySet<string>, since: number): number {
  const root = path.resolve(dir);
  const emptied = new Set<string>();
  let removed = 0;
  const entries = readdirSync(root, { withFileTypes: true }).flatMap((top) =>
    !top.isDirectory() ? [top] : isPartFolder(top.name) ? [] : readdirSync(path.join(root, top.name), { recursive: true, withFileTypes: true }),
  );
  for (const entry of entries) {
    if (entry.isDirectory()) continue;
    const folder = entry.parentPath;
    const file = path.join(folder, entry.name);
    if (written.has(file)) continue;
    if (lstatSync(file).mtimeMs >= since) continue;
    unlinkSync(file);
    removed++;
    emptied.add(folder);
  }
  // Each folder a file was removed from goes when left empty, and so does each above it left
  // empty in turn; one already gone (emptied from below) is passed over. Never the site's own folder.
  const isEmpty = (folder: string) => {
    try {
      return readdirSync(folder).length === 0;
    } catch {
      return false;
    }
  };
  for (const folder of emptied) for (let at = folder; at.startsWith(root + path.sep) && isEmpty(at); at = path.dirname(at)) rmdirSync(at);
  return removed;
}
