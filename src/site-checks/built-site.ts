import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

/** One HTML page of a built site (.html, and .htm and .xhtml, which browsers show as pages too). */
export interface BuiltPage {
  /** Address within the site, without the path prefix: `/`, `/sources/`, `/404.html`. */
  url: string;
  /** Path of the file from the site folder, with forward slashes: `sources/index.html`. */
  file: string;
  html: string;
}

/** A built site as the checks see it: every HTML page, and the path of every file. */
export interface BuiltSite {
  dir: string;
  pages: BuiltPage[];
  /** Every file, relative to `dir`, with forward slashes. */
  files: Set<string>;
}

/** The address a file is served at: `sources/index.html` → `/sources/`. */
export const urlOfFile = (file: string): string => `/${file.replace(/(^|\/)index\.html$/, "$1")}`;

/**
 * Reads every file name and every HTML page of a built site, so checks cover pages added later
 * without anyone listing them.
 */
export async function readBuiltSite(dir: string): Promise<BuiltSite> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join("/"))
    .sort();
  const pages = await Promise.all(
    files.filter((f) => /\.(html?|xhtml)$/i.test(f)).map(async (file) => ({ url: urlOfFile(file), file, html: await readFile(path.join(dir, file), "utf8") })),
  );
  return { dir, pages, files: new Set(files) };
}
