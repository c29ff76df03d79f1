import { existsSync } from "node:fs";
import path from "node:path";
import type { z } from "zod";
import type { Locate, Problem } from "../problems/problem.ts";
import { sortProblems } from "../problems/format-problems.ts";
import { checkCitations } from "../citations/check-citations.ts";
import { checkQuotedWords } from "../citations/check-quoted-words.ts";
import { settledEntries } from "../citations/settled-entries.ts";
import { checkAmounts } from "../record/check-amounts.ts";
import { checkRecord } from "../record/check-record.ts";
import { checkVocabularies } from "../record/check-vocabularies.ts";
import { checkAnchorIds } from "../record/check-anchor-ids.ts";
import { checkEntryLinks } from "../record/check-entry-links.ts";
import { checkUnfinished } from "../record/check-unfinished.ts";
import { dataFiles, type ReportRecord } from "../record/report-record.ts";
import type { Entry } from "../schemas/entry.ts";
import { FundingFileSchema } from "../schemas/funding.ts";
import { GlossaryFileSchema } from "../schemas/glossary.ts";
import { PeopleFileSchema } from "../schemas/person.ts";
import { PromisesFileSchema } from "../schemas/promise.ts";
import { SiteSchema } from "../schemas/site.ts";
import { StatisticsFileSchema } from "../schemas/statistic.ts";
import { VocabulariesFileSchema } from "../schemas/vocabularies.ts";
import { amountWriting } from "./amount-writing.ts";
import { loadDataFile } from "./load-data-file.ts";
import { loadEntry } from "./load-entry.ts";
import { surveyContent } from "./survey-content.ts";
import { surveyData } from "./survey-data.ts";
import { withoutDrafts } from "../record/without-drafts.ts";
import { readEachBodyOnce } from "../record/read-body.ts";
import { templateAnchors } from "./template-anchors.ts";
import { loadSources, SOURCES_DIR } from "./load-sources.ts";
import type { CheckCache } from "./check-cache.ts";

export interface LoadOptions {
  /** Keep `draft: true` entries (the preview server); a production build leaves them out. */
  includeDrafts?: boolean;
  /** The build date, YYYY-MM-DD: dates after it are in the future. Defaults to the latest calendar day anywhere (latestTodayIso). */
  today?: string;
  /** The templates, whose element ids record ids must not repeat; defaults to the record's _includes/, else the working folder's. */
  includesDir?: string;
  /**
   * Keep what each file and body gave between checks (`npm run check`): only what changed is
   * read and validated again. The record's cross-checks run whole every time, but for the
   * citations and quoted words of entries settled before (settled-entries.ts).
   */
  cache?: CheckCache;
}

/** The record when every file is valid; otherwise every problem found, all at once. */
export type LoadResult = { ok: true; record: ReportRecord } | { ok: false; problems: Problem[] };

const includesOf = (root: string) => (existsSync(path.join(root, "_includes")) ? path.join(root, "_includes") : path.join(process.cwd(), "_includes"));

/**
 * The latest calendar day anywhere on Earth (UTC+14): a date is in the future only after it. An
 * editor in London writing today's entry at half past midnight in summer is still yesterday in
 * UTC, where CI runs, and `npm run new-entry` dates entries by the editor's own clock.
 */
const latestTodayIso = (): string => new Date(Date.now() + 14 * 3_600_000).toISOString().slice(0, 10);

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
  // What the folders hold is checked before a file is opened: a named pipe would hang the read,
  // and a link leading outside the project must never be read.
  const content = surveyContent(root);
  const dataFolder = surveyData(root, Object.values(dataFiles));
  problems.push(...content.problems, ...dataFolder.problems);

  const data = async <S extends z.ZodType>(key: keyof ReportRecord, file: string, schema: S) => {
    const slot = dataResults.push(undefined) - 1;
    if (dataFolder.refused.has(file)) return undefined;
    const result = await loadDataFile(root, file, schema, options.cache && { cache: options.cache, schemaName: key });
    dataResults[slot] = result;
    if (result.locate) locators.set(file, result.locate);
    problems.push(...(file === dataFiles.vocabularies ? withMigrateHint(result.problems) : result.problems));
    if (result.value !== undefined && result.problems.length === 0) loaded.add(key);
    return result.value;
  };
  const [site, vocabularies, funding, people, sourceResults, statistics, promises, glossary, entryResults] = await Promise.all([
    data("site", dataFiles.site, SiteSchema),
    data("vocabularies", dataFiles.vocabularies, VocabulariesFileSchema),
    data("funding", dataFiles.funding, FundingFileSchema),
    data("people", dataFiles.people, PeopleFileSchema),
    loadSources(root, dataFolder.refused, options.cache),
    data("statistics", dataFiles.statistics, StatisticsFileSchema),
    data("promises", dataFiles.promises, PromisesFileSchema),
    data("glossary", dataFiles.glossary, GlossaryFileSchema),
    Promise.all(content.files.map((file) => loadEntry(root, file, options.cache, content.stamps.get(file)))),
  ]);

  const today = options.today ?? latestTodayIso();
  const includesDir = options.includesDir ?? includesOf(root);
  const inputs = [root, Boolean(options.includeDrafts), today, includesDir, JSON.stringify(problems), ...dataResults, ...sourceResults.sources, ...entryResults];
  if (previous && previous.inputs.length === inputs.length && previous.inputs.every((input, i) => input === inputs[i])) return previous.result;

  const entries: Entry[] = [];
  let entriesOk = true;
  for (const result of entryResults) {
    if (result.locate) locators.set(result.file, result.locate);
    problems.push(...result.problems);
    if (result.entry) entries.push(result.entry);
    if (result.problems.length > 0) entriesOk = false;
  }
  // An entry refused for where it is would leave references to it dangling: report only where it is.
  if (entriesOk && content.problems.length === 0) loaded.add("entries");
  for (const result of sourceResults.sources) if (result.locate) locators.set(result.file, result.locate);
  problems.push(...sourceResults.problems);
  // A source refused unread (a link leading outside) would make every citation of it look dangling.
  const sourcesRefused = dataFolder.problems.some((p) => p.file === SOURCES_DIR || p.file.startsWith(`${SOURCES_DIR}/`));
  if (sourceResults.problems.length === 0 && !sourcesRefused) loaded.add("sources");

  // Without the site settings there are no phases or date limits to check against.
  if (site) {
    const record: ReportRecord = {
      site,
      vocabularies: vocabularies ?? { entryKinds: [], sourceKinds: [], funds: [], moneyStages: [], promiseStatuses: [] },
      entries,
      funding: funding?.sums ?? [],
      people: people?.people ?? [],
      sources: sourceResults.sources.flatMap((r) => (r.source ? [r.source] : [])),
      statistics: statistics?.statistics ?? [],
      statisticsPage: statistics?.page ?? {},
      promises: promises?.promises ?? [],
      glossary: glossary?.terms ?? [],
    };
    problems.push(...checkRecord(record, { locators, loaded, today }));
    if (vocabularies) problems.push(...checkVocabularies(record, vocabularies, locators));
    problems.push(...checkAnchorIds(record, templateAnchors(includesDir), locators));
    const read = readEachBodyOnce(options.cache);
    if (loaded.has("entries") && loaded.has("funding")) problems.push(...checkAmounts(record.entries, record.funding, locators, amountWriting(site, options.cache), read));
    if (loaded.has("entries")) problems.push(...checkUnfinished(record.entries, locators), ...checkEntryLinks(record.entries, site.url, read));
    if (loaded.has("sources")) {
      const fingerprints = new Map<string, string>();
      for (const r of [...entryResults, ...sourceResults.sources]) if (r.fingerprint) fingerprints.set(r.file, r.fingerprint);
      const settled = settledEntries(options.cache, fingerprints, record.sources);
      const entries = settled.unsettled(record.entries);
      const found = [...checkCitations(entries, record.sources, locators, read), ...checkQuotedWords({ ...record, entries }, locators)];
      settled.settle(entries, found);
      problems.push(...found);
    }
    if (problems.length === 0) {
      return remember(inputs, { ok: true, record: options.includeDrafts ? record : withoutDrafts(record) });
    }
  }
  return remember(inputs, { ok: false, problems: sortProblems(problems) });
}

/** A record from before vocabularies were declared has no data/vocabularies.json; say how to bring it up to date. */
const withMigrateHint = (problems: Problem[]): Problem[] =>
  problems.map((p) =>
    p.message.startsWith("the file is missing")
      ? { ...p, message: "the file is missing: it declares the record's kinds, funds, money stages and statuses (see CONTENT.md#vocabularies); for a record from before vocabularies, npm run migrate writes it" }
      : p,
  );
