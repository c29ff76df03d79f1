/**
 * Eleventy keeps every page's finished HTML until the whole build ends (each page's template caches
 * its rendering), and V8 holds a string with any character beyond Latin-1 (a curly quote, an en
 * dash) at two bytes a character: at 10,000 entries that was about 320 MB of the build's heap.
 * Handed to Eleventy as UTF-8 bytes, which it writes as they are, each page takes half that, outside
 * the heap the garbage collector walks (docs/performance.md, "What was changed").
 *
 * Only `npm run build` asks for it: the preview and the tests read pages back as text.
 */
const AS_BYTES = Symbol.for("accountability-report.pages-as-bytes");

/** Called from the production build's `config` callback; the site plugin reads it. */
export function markPagesAsBytes(eleventyConfig: object): void {
  (eleventyConfig as Record<symbol, unknown>)[AS_BYTES] = true;
}

/** A page's text as the UTF-8 bytes Eleventy writes; anything else as it came. */
export const pageBytes = (content: unknown): unknown => (typeof content === "string" ? Buffer.from(content, "utf8") : content);

/**
 * Adds the step that turns each page into bytes, when this configuration is the production build's.
 * It must come after every transform that reads the page as text (Eleventy's own HTML transformer,
 * which adds the path prefix, and the search index), so the site plugin calls it last.
 */
export function addPagesAsBytes(eleventyConfig: { addTransform(name: string, transform: (content: unknown) => unknown): void }): void {
  if ((eleventyConfig as unknown as Record<symbol, unknown>)[AS_BYTES]) eleventyConfig.addTransform("pages-as-bytes", pageBytes);
}
