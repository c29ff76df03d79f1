import { createHash } from "node:crypto";
import { markOf } from "../views/stands-for.ts";

/** Files that hold the record; a save that touches only these cannot change a template. */
const isRecordFile = (file: string) => /^(?:\.\/)?(?:content|data)\//.test(file.replaceAll("\\", "/"));

/** The value at a pagination data path such as "report.entries". */
const valueAt = (data: unknown, dotted: string): unknown =>
  dotted.split(".").reduce<unknown>((value, key) => (typeof value === "object" && value !== null ? (value as Record<string, unknown>)[key] : undefined), data);

/** Every item of every paginated list in one build's data. */
const pagedItems = (data: unknown, paginated: readonly string[]): Set<object> =>
  new Set(
    paginated.flatMap((dotted) => {
      const list = valueAt(data, dotted);
      return Array.isArray(list) ? list.filter((item): item is object => typeof item === "object" && item !== null) : [];
    }),
  );

const hash = (text: string): string => createHash("sha1").update(text).digest("base64");

/**
 * Fingerprints of the items of one build's model. An item that holds items of other pages (a
 * kind's page lists its entries) stands each of them in by that item's own fingerprint, taken
 * once: the JSON of every item whole was 370 MB per save at 10,000 entries (docs/performance.md).
 * Only fields and lists directly in the item are looked at, so the JSON of the rest is written by
 * JSON.stringify alone (a replacer function, called for every value, was slower than no sharing).
 */
function fingerprinter(site: unknown, items: ReadonlySet<object>): (item: unknown) => string {
  const siteJson = JSON.stringify(site ?? null);
  const taken = new Map<object, string>();
  const standIn = (value: unknown): unknown => {
    if (typeof value !== "object" || value === null) return value;
    if (items.has(value)) return `\0${fingerprint(value)}`;
    // A view that says what it was made from (src/views/stands-for.ts) stands in by that.
    const mark = markOf(value);
    return mark && !mark.fields ? `\0${mark.key}` : value;
  };
  const withStandIns = (item: object): unknown => {
    if (Array.isArray(item)) return item.map(standIn);
    const mark = markOf(item);
    const standsFor = new Set(mark?.fields);
    const copy: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(item)) copy[key] = standsFor.has(key) ? `\0${mark!.key}` : Array.isArray(value) ? value.map(standIn) : standIn(value);
    return copy;
  };
  const fingerprint = (item: unknown): string => {
    if (typeof item !== "object" || item === null) return hash(`${siteJson}\n${JSON.stringify(item)}`);
    let made = taken.get(item);
    if (made === undefined) taken.set(item, (made = hash(`${siteJson}\n${JSON.stringify(withStandIns(item))}`)));
    return made;
  };
  return fingerprint;
}

/** The `pagination.before` hook of one paginated template, and how the model reaches them all. */
export interface UnchangedPages {
  (template: string, dataPath?: string): (items: unknown[], data: { report?: { site?: unknown } }) => unknown[];
  /**
   * The model a build is about to page through, as built: Eleventy's data cascade hands each
   * template a copy, in which a kind's entries are no longer the entries' own objects, so each
   * would be fingerprinted whole again.
   */
  modelBuilt(model: { site?: unknown }): void;
}

/**
 * Lets `npm start` skip the paginated pages (one per entry, person, …) whose item and site
 * settings are exactly as they were at the last successful build, when the save that started the
 * rebuild touched only content/ or data/: their files from that build are still in _site/.
 * Eleventy renders and writes every page of a paginated template on any change; at 1,000 entries
 * that made each save cost as much as a third of a full build (docs/performance.md).
 * A template, stylesheet or code change, the first build, and `npm run build` render every page.
 * `paginated` names the data every paginated template pages through ("report.entries", …).
 */
export function skipUnchangedPages(eleventyConfig: any, paginated: readonly string[] = []): UnchangedPages {
  const watching = ["watch", "serve"].includes(process.env.ELEVENTY_RUN_MODE ?? "");
  if (!watching) return Object.assign(() => (items: unknown[]) => items, { modelBuilt: () => {} });

  /** Fingerprints of every page in _site/ as of the last successful build, by template. */
  let written = new Map<string, Set<string>>();
  let building = new Map<string, Set<string>>();
  let onlyRecordChanged = false;
  /** The model the fingerprints are being taken of, and how. */
  let current: { report: unknown; fingerprint: (item: unknown) => string } | undefined;
  const fingerprintsOf = (report: { site?: unknown } | undefined) => ({ report, fingerprint: fingerprinter(report?.site, pagedItems({ report }, paginated)) });

  eleventyConfig.on("eleventy.beforeWatch", (changed: string[]) => {
    onlyRecordChanged = changed.length > 0 && changed.every(isRecordFile);
  });
  eleventyConfig.on("eleventy.after", () => {
    // Only a build that finished wrote its pages; a failed one leaves nothing to trust.
    written = building;
    building = new Map();
    onlyRecordChanged = false;
    current = undefined;
  });

  const hook = (template: string, dataPath?: string) => (items: unknown[], data: { report?: { site?: unknown } }) => {
    // The model's own list, where it is the list being paged (the same items, the model's objects).
    const own = current && dataPath ? valueAt({ report: current.report }, dataPath) : undefined;
    const paged = Array.isArray(own) && own.length === items.length ? own : items;
    const model = current !== undefined && (paged === own || current.report === data.report) ? current : (current = fingerprintsOf(data.report));
    const fingerprints = paged.map((item) => model.fingerprint(item));
    building.set(template, new Set(fingerprints));
    const before = written.get(template);
    if (!onlyRecordChanged || !before) return items;
    return items.filter((_item, i) => !before.has(fingerprints[i]!));
  };
  return Object.assign(hook, { modelBuilt: (model: { site?: unknown }) => void (current = fingerprintsOf(model)) });
}
