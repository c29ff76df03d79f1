import type { z } from "zod";
import type { Locate, Problem } from "../problems/problem.ts";
import { sortProblems } from "../problems/format-problems.ts";
import { checkCitations } from "../citations/check-citations.ts";
import { checkQuotedWords } from "../citations/check-quoted-words.ts";
import { checkAmounts } from "../record/check-amounts.ts";
import { checkRecord } from "../record/check-record.ts";
import { checkUnfinished } from "../record/check-unfinished.ts";
import { dataFiles, type ReportRecord } from "../record/report-record.ts";
import type { Entry } from "../schemas/entry.ts";
import { FundingFileSchema } from "../schemas/funding.ts";
import { GlossaryFileSchema } from "../schemas/glossary.ts";
import { PeopleFileSchema } from "../schemas/person.ts";
import { PromisesFileSchema } from "../schemas/promise.ts";
import { SiteSchema } from "../schemas/site.ts";
import { StatisticsFileSchema } from "../schemas/statistic.ts";
import { loadDataFile } from "./load-data-file.ts";
import { loadEntry } from "./load-entry.ts";
import { listEntryFiles } from "./list-entry-files.ts";
import { loadSources } from "./load-sources.ts";

export interface LoadOptions {
  /** Keep `draft: true` entries (the preview server); a production build leaves them out. */
  includeDrafts?: boolean;
  /** The build date, YYYY-MM-DD; defaults to today. */
  today?: string;
}

/** The record when every file is valid; otherwise every problem found, all at once. */
export type LoadResult = { ok: true; record: ReportRecord } | { ok: false; problems: Problem[] };

const todayIso = () => new Date().toISOString().slice(0, 10);

/**
 * The last load and what it was made from. While every file gives back the very result it gave
 * then (loadEntry and loadDataFile keep results of unchanged files), the record checks would find
 * the same: `npm run build` checks the record, then loads it again for Eleventy (docs/performance.md).
 */
let previous: { inputs: unknown[]; result: LoadResult } | undefined;
const remember = (inputs: unknown[], result: LoadResult): LoadResult => {
  previous = { inputs, result };
  return result;
};

/**
 * Reads every file under content/ and data/, validates each, then checks the record as a whole.
 * @example const result = await loadRecord(process.cwd()); if (!result.ok) print(result.problems)
 */
export async function loadRecord(root: string, options: LoadOptions = {}): Promise<LoadResult> {
  const problems: Problem[] = [];
  const locators = new Map<string, Locate>();
  const loaded = new Set<keyof ReportRecord>();
  const dataResults: unknown[] = [];

  const data = async <S extends z.ZodType>(key: keyof ReportRecord, file: string, schema: S) => {
    const slot = dataResults.push(undefined) - 1;
    const result = await loadDataFile(root, file, schema);
    dataResults[slot] = result;
    if (result.locate) locators.set(file, result.locate);
    problems.push(...result.problems);
    if (result.value !== undefined && result.problems.length === 0) loaded.add(key);
    return result.value;
  };
  const [site, funding, people, sourceResults, statistics, promises, glossary, entryResults] = await Promise.all([
    data("site", dataFiles.site, SiteSchema),
    data("funding", dataFiles.funding, FundingFileSchema),
    data("people", dataFiles.people, PeopleFileSchema),
    loadSources(root),
    data("statistics", dataFiles.statistics, StatisticsFileSchema),
    data("promises", dataFiles.promises, PromisesFileSchema),
    data("glossary", dataFiles.glossary, GlossaryFileSchema),
    listEntryFiles(root).then((files) => Promise.all(files.map((file) => loadEntry(root, file)))),
  ]);

  const today = options.today ?? todayIso();
  const inputs = [root, Boolean(options.includeDrafts), today, ...dataResults, ...sourceResults.sources, ...entryResults];
  if (previous && previous.inputs.length === inputs.length && previous.inputs.every((input, i) => input === inputs[i])) return previous.result;

  const entries: Entry[] = [];
  let entriesOk = true;
  for (const result of entryResults) {
    if (result.locate) locators.set(result.file, result.locate);
    problems.push(...result.problems);
    if (result.entry) entries.push(result.entry);
    if (result.problems.length > 0) entriesOk = false;
  }
  if (entriesOk) loaded.add("entries");
  for (const result of sourceResults.sources) if (result.locate) locators.set(result.file, result.locate);
  problems.push(...sourceResults.problems);
  if (sourceResults.problems.length === 0) loaded.add("sources");

  // Without the site settings there are no phases or date limits to check against.
  if (site) {
    const record: ReportRecord = {
      site,
      entries,
      funding: funding?.lines ?? [],
      people: people?.people ?? [],
      sources: sourceResults.sources.flatMap((r) => (r.source ? [r.source] : [])),
      statistics: statistics?.statistics ?? [],
      promises: promises?.promises ?? [],
      glossary: glossary?.terms ?? [],
    };
    problems.push(...checkRecord(record, { locators, loaded, today }));
    if (loaded.has("entries") && loaded.has("funding")) problems.push(...checkAmounts(record.entries, record.funding, locators));
    if (loaded.has("entries")) problems.push(...checkUnfinished(record.entries, locators));
    if (loaded.has("sources")) problems.push(...checkCitations(record.entries, record.sources, locators), ...checkQuotedWords(record, locators));
    if (problems.length === 0) {
      return remember(inputs, { ok: true, record: options.includeDrafts ? record : withoutDrafts(record) });
    }
  }
  return remember(inputs, { ok: false, problems: sortProblems(problems) });
}

/** Drops draft entries, and the funding lines and promises only they record. */
function withoutDrafts(record: ReportRecord): ReportRecord {
  const drafts = new Set(record.entries.filter((e) => e.draft).map((e) => e.id));
  if (drafts.size === 0) return record;
  return {
    ...record,
    entries: record.entries.filter((e) => !drafts.has(e.id)),
    funding: record.funding.filter((f) => !drafts.has(f.entry)),
    promises: record.promises.filter((p) => !drafts.has(p.entry)),
  };
}
