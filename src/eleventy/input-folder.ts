import { mkdirSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";

/**
 * Eleventy's input folder, relative to the record's root. Eleventy runs every template and merges
 * every data file it finds in its input folder (a `.njk` there can run shell commands, a
 * `.11tydata.json` can switch the CSP off), so it must never be content/, the folder editors write:
 * it is an empty folder the build makes itself, inside the ignored .cache/. Every page is a
 * virtual template registered by the site plugin; content/ is read by our own loader only.
 */
export const INPUT_FOLDER = ".cache/eleventy-input";

/** Eleventy's folders, relative to the input folder as Eleventy reads them: the templates, and no global data folder at all. */
export const eleventyDirectories = {
  input: INPUT_FOLDER,
  includes: path.posix.relative(INPUT_FOLDER, "_includes"),
  data: path.posix.relative(INPUT_FOLDER, ".cache/no-global-data"),
} as const;

/**
 * Makes the input folder under `root`, empty, and returns its absolute path: Eleventy requires its
 * input to exist, and anything left in it (by hand, or by a tool) is removed, never read.
 * @example new Eleventy(eleventyInputFolder(root), output, { configPath })
 */
export function eleventyInputFolder(root: string): string {
  const folder = path.resolve(root, INPUT_FOLDER);
  mkdirSync(folder, { recursive: true });
  for (const name of readdirSync(folder)) rmSync(path.join(folder, name), { recursive: true, force: true });
  return folder;
}
