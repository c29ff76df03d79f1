import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

/**
 * Writes the production build's pages itself, on the thread pool, a few at a time, while Eleventy
 * renders the rest. Eleventy writes each page from its one thread (`writeFileSync`), and creating
 * 10,000 files was 3 to 4 s of that thread; its own asynchronous mode is not read in Eleventy 3.1.8
 * (it looks for `templateHandling` on the wrong object) and would open every file at once (10,051
 * open at 10,000 entries, over a common limit of 1,024). Eleventy is given back an empty page, so
 * it holds none of them to the end of the build either (docs/performance.md, "What was changed").
 */
export interface PageWriter {
  /** Hands over one file; resolves once it is being written (at most `limit` at once), not when it is written. */
  write(outputPath: string, content: string | Uint8Array): Promise<void>;
  /** Resolves once every file handed over is on disk; rejects with the first write that failed. */
  finished(): Promise<void>;
  /** Every file handed over, as absolute paths. */
  readonly written: ReadonlySet<string>;
}

/** Files being written at once, at most: enough to keep the thread pool's four threads busy. */
const IN_FLIGHT = 16;

/**
 * @param limit files being written at once, at most
 * @param listed called with each file as it is handed over (`npm run build -- --list-files`)
 */
export function pageWriter({ limit = IN_FLIGHT, listed }: { limit?: number; listed?: (file: string) => void } = {}): PageWriter {
  const folders = new Map<string, Promise<unknown>>();
  const inFlight = new Set<Promise<void>>();
  const written = new Set<string>();
  let failure: { error: unknown } | undefined;
  return {
    written,
    async write(outputPath, content) {
      while (inFlight.size >= limit) await Promise.race(inFlight);
      const file = path.resolve(outputPath);
      written.add(file);
      listed?.(file);
      const folder = path.dirname(file);
      let made = folders.get(folder);
      if (!made) folders.set(folder, (made = mkdir(folder, { recursive: true })));
      const writing: Promise<void> = made
        .then(() => writeFile(file, content))
        .catch((error: unknown) => void (failure ??= { error }))
        .finally(() => inFlight.delete(writing));
      inFlight.add(writing);
    },
    async finished() {
      while (inFlight.size > 0) await Promise.all(inFlight);
      if (failure) throw failure.error;
    },
  };
}

/** What Eleventy is given back for a page written: no bytes (an empty string would have it warn of every page). */
const NOTHING = Buffer.alloc(0);

const WRITER = Symbol.for("accountability-report.page-writer");

/** Called from the production build's `config` callback: its pages are written by `writer`, and Eleventy writes none. */
export function writePagesWith(eleventyConfig: object, writer: PageWriter): void {
  (eleventyConfig as Record<symbol, unknown>)[WRITER] = writer;
}

/** The writer the production build gave this configuration, if any. */
export const pageWriterOf = (eleventyConfig: object): PageWriter | undefined => (eleventyConfig as Record<symbol, PageWriter | undefined>)[WRITER];

/**
 * Adds the step that hands each finished file to the build's writer, when this configuration is
 * the production build's. It must come after every transform that reads the page (Eleventy's own
 * HTML transformer, which adds the path prefix, and the search index), so the site plugin adds it last.
 */
export function addPageWriter(eleventyConfig: { addTransform(name: string, transform: (this: { page: { outputPath: unknown } }, content: unknown) => unknown): void }): void {
  const writer = pageWriterOf(eleventyConfig);
  if (!writer) return;
  eleventyConfig.addTransform("write-page", async function (content) {
    const outputPath = this.page.outputPath;
    if (typeof outputPath !== "string" || !(typeof content === "string" || content instanceof Uint8Array)) return content;
    await writer.write(outputPath, content);
    return NOTHING;
  });
}
