import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";

export interface PageWeight {
  /** The page's address, e.g. `/timeline/some-entry/`. */
  url: string;
  htmlGzip: number;
  /** Every stylesheet the page links, gzipped. */
  cssGzip: number;
  /** Every script the page loads, as sent before and after gzip. */
  jsBytes: number;
  jsGzip: number;
}

const attribute = (tag: string, name: string) => new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, "i").exec(tag)?.[1];

/**
 * What each HTML page of a built site weighs over the wire: its HTML and linked CSS gzipped, and
 * the JavaScript it loads. Local files only; the site makes no third-party requests.
 * @example await pageWeights("_site")
 */
export async function pageWeights(siteDir: string): Promise<PageWeight[]> {
  const gzipped = new Map<string, { raw: number; gzip: number }>();
  const sizeOf = async (href: string) => {
    const file = path.join(siteDir, decodeURI(href.split(/[?#]/)[0]!));
    if (!gzipped.has(file)) {
      const bytes = await readFile(file);
      gzipped.set(file, { raw: bytes.length, gzip: gzipSync(bytes).length });
    }
    return gzipped.get(file)!;
  };
  const pages = (await readdir(siteDir, { recursive: true })).filter((f) => f.endsWith(".html")).sort();
  const weights: PageWeight[] = [];
  for (const file of pages) {
    const html = await readFile(path.join(siteDir, file));
    const text = html.toString("utf8");
    const local = (href: string | undefined): href is string => href !== undefined && href.startsWith("/") && !href.startsWith("//");
    const css = [...text.matchAll(/<link\b[^>]*>/gi)].map((m) => m[0]).filter((tag) => /rel\s*=\s*["']?stylesheet/i.test(tag)).map((tag) => attribute(tag, "href")).filter(local);
    const js = [...text.matchAll(/<script\b[^>]*>/gi)].map((m) => attribute(m[0], "src")).filter(local);
    const cssSizes = await Promise.all(css.map(sizeOf));
    const jsSizes = await Promise.all(js.map(sizeOf));
    const url = `/${file.split(path.sep).join("/")}`.replace(/index\.html$/, "");
    weights.push({
      url,
      htmlGzip: gzipSync(html).length,
      cssGzip: cssSizes.reduce((t, s) => t + s.gzip, 0),
      jsBytes: jsSizes.reduce((t, s) => t + s.raw, 0),
      jsGzip: jsSizes.reduce((t, s) => t + s.gzip, 0),
    });
  }
  return weights;
}
