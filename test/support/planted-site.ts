import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { readBuiltSite, type BuiltSite } from "../../src/site-checks/built-site.ts";
import { fixturesDir } from "./fixture-record.ts";

/**
 * Text that gzip cannot shrink much, like a long page of real prose would not: random letters in
 * words, from a fixed seed so every run measures the same page.
 */
function incompressibleText(bytes: number): string {
  // mulberry32: a small, well-mixed generator (a plain LCG in floating point repeats too soon).
  let seed = 20141110;
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const words: string[] = [];
  let length = 0;
  while (length < bytes) {
    const word = Array.from({ length: 2 + Math.floor(random() * 8) }, () => String.fromCharCode(97 + Math.floor(random() * 26))).join("");
    words.push(word);
    length += word.length + 1;
  }
  return words.join(" ");
}

/**
 * A copy of test/fixtures/planted-defects/ in a temporary folder, plus `/heavy/`: the clean page
 * with 40 KB of text added, which no page budget of 14 KB gzipped can hold.
 */
export async function plantedDefectSite(): Promise<{ site: BuiltSite; dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), "ar-planted-"));
  await cp(path.join(fixturesDir, "planted-defects"), dir, { recursive: true });
  const clean = await readFile(path.join(dir, "index.html"), "utf8");
  const heavy = clean
    .replace(/<title>[^<]*/, "<title>A 40 KB page – planted defects")
    .replace(/<h1>[^<]*/, "<h1>A 40 KB page")
    .replace("</h1>", `</h1>\n<p>${incompressibleText(40 * 1024)}</p>`);
  await mkdir(path.join(dir, "heavy"));
  await writeFile(path.join(dir, "heavy", "index.html"), heavy);
  return { site: await readBuiltSite(dir), dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** Picks some pages of a site, by address, for a check that only needs those. */
export const onlyPages = (site: BuiltSite, urls: readonly string[]): BuiltSite => ({ ...site, pages: site.pages.filter((p) => urls.includes(p.url)) });
