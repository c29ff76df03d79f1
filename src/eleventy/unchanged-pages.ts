/** Files that hold the record; a save that touches only these cannot change a template. */
const isRecordFile = (file: string) => /^(?:\.\/)?(?:content|data)\//.test(file.replaceAll("\\", "/"));

/**
 * Lets `npm start` skip the paginated pages (one per entry, person, …) whose item and site
 * settings are exactly as they were at the last successful build, when the save that started the
 * rebuild touched only content/ or data/: their files from that build are still in _site/.
 * Eleventy renders and writes every page of a paginated template on any change; at 1,000 entries
 * that made each save cost as much as a third of a full build (docs/performance.md).
 * A template, stylesheet or code change, the first build, and `npm run build` render every page.
 * Returns the `pagination.before` hook for a paginated page.
 */
export function skipUnchangedPages(eleventyConfig: any): (template: string) => (items: unknown[], data: { report?: { site?: unknown } }) => unknown[] {
  const watching = ["watch", "serve"].includes(process.env.ELEVENTY_RUN_MODE ?? "");
  if (!watching) return () => (items) => items;

  /** Fingerprints of every page in _site/ as of the last successful build, by template. */
  let written = new Map<string, Set<string>>();
  let building = new Map<string, Set<string>>();
  let onlyRecordChanged = false;

  eleventyConfig.on("eleventy.beforeWatch", (changed: string[]) => {
    onlyRecordChanged = changed.length > 0 && changed.every(isRecordFile);
  });
  eleventyConfig.on("eleventy.after", () => {
    // Only a build that finished wrote its pages; a failed one leaves nothing to trust.
    written = building;
    building = new Map();
    onlyRecordChanged = false;
  });

  return (template) => (items, data) => {
    const site = JSON.stringify(data.report?.site ?? null);
    const fingerprints = items.map((item) => `${site}\n${JSON.stringify(item)}`);
    building.set(template, new Set(fingerprints));
    const before = written.get(template);
    if (!onlyRecordChanged || !before) return items;
    return items.filter((_item, i) => !before.has(fingerprints[i]!));
  };
}
