/**
 * Marks one Eleventy configuration as the preview's: only then are drafts shown and problems
 * answered at every address. An explicit mark on the configuration object, never an environment
 * variable, so no production build can inherit it (AR_DRAFTS=1 once published drafts). A global
 * symbol, since the configuration file loads its own copy of the site's modules.
 */
const PREVIEW = Symbol.for("accountability-report.preview");

/** The preview's own settings, carried on its Eleventy configuration. */
export interface PreviewOption {
  /** Where the preview writes its pages: never _site/, which is what gets deployed. */
  output: string;
  /** What stopped the last rebuild, when the content check did not foresee it; shown at every address until a rebuild succeeds. */
  failure?: string | undefined;
}

/** Called from the preview's `config` callback; the site plugin reads it. */
export function markPreview(eleventyConfig: object, option: PreviewOption): void {
  (eleventyConfig as Record<symbol, unknown>)[PREVIEW] = option;
}

/** The preview's settings when this configuration is the preview's, else undefined (a production build). */
export function previewOptionOf(eleventyConfig: object): PreviewOption | undefined {
  return (eleventyConfig as Record<symbol, PreviewOption | undefined>)[PREVIEW];
}
