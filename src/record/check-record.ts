import { didYouMean } from "../problems/did-you-mean.ts";
import { formatFieldPath, type Locate, type Problem } from "../problems/problem.ts";
import { checkStages } from "./check-stages.ts";
import { SOURCES_DIR } from "../loaders/load-sources.ts";
import { dataFiles, type ReportRecord } from "./report-record.ts";

/** What the whole-record checks need beyond the record: where things are, and which collections loaded. */
export interface CheckContext {
  /** Locators by project-relative file. */
  locators: Map<string, Locate>;
  /** Collections that loaded without problems; references into any other are not checked (that would only repeat the first problem). */
  loaded: Set<keyof ReportRecord>;
  /** The build date (YYYY-MM-DD): nothing in the record happens after it. */
  today: string;
}

type Path = (string | number)[];

/**
 * Checks the record as a whole: every reference resolves, ids and URLs are unique,
 * sums and the entries recording their stages point at each other, and dates are possible.
 */
export function checkRecord(record: ReportRecord, context: CheckContext): Problem[] {
  const problems: Problem[] = [];
  const report = (file: string, path: Path, message: string) => {
    const locate = context.locators.get(file);
    const at = locate ? locate(path) : { line: 1, column: 1 };
    problems.push({ file, ...at, field: formatFieldPath(path), message });
  };

  // Ids
  const ids = {
    entries: new Set<string>(),
    funding: new Set(record.funding.map((f) => f.id)),
    people: new Set(record.people.map((p) => p.id)),
    sources: new Set(record.sources.map((s) => s.id)),
    phases: new Set(record.site.phases.map((p) => p.id)),
  };
  const duplicates = (file: string, key: string, items: { id: string }[]) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.id)) report(file, [key, i, "id"], `"${item.id}" is used twice; every id must be different`);
      seen.add(item.id);
    });
  };
  duplicates(dataFiles.funding, "sums", record.funding);
  duplicates(dataFiles.people, "people", record.people);
  duplicates(dataFiles.statistics, "statistics", record.statistics);
  duplicates(dataFiles.promises, "promises", record.promises);
  duplicates(dataFiles.glossary, "terms", record.glossary);
  duplicates(dataFiles.site, "phases", record.site.phases);

  // URLs
  const byUrl = new Map<string, string>();
  for (const entry of record.entries) {
    const other = byUrl.get(entry.url);
    if (other) {
      problems.push({
        file: entry.file, line: 1, column: 1, field: "",
        message: `this entry would have the same web address (${entry.url}) as ${other}; change the words after the date in one of the file names`,
      });
    }
    else byUrl.set(entry.url, entry.file);
    ids.entries.add(entry.id);
  }

  // References
  // What the record refers to by id (nothing refers to a statistic, promise or glossary term).
  type Collection = keyof typeof ids;
  const nouns: Record<Collection, string> = {
    entries: "entry", funding: "sum", people: "person or body", sources: "source", phases: "phase",
  };
  const loadedFor: Record<Collection, keyof ReportRecord> = {
    entries: "entries", funding: "funding", people: "people", sources: "sources", phases: "site",
  };
  const where: Record<Collection, string> = {
    entries: "content/", funding: dataFiles.funding, people: dataFiles.people, sources: `${SOURCES_DIR}/`, phases: dataFiles.site,
  };
  const ref = (file: string, path: Path, id: string | undefined, collection: Collection) => {
    if (id === undefined || !context.loaded.has(loadedFor[collection]) || ids[collection].has(id)) return;
    const hint = didYouMean(id, [...ids[collection]]);
    report(file, path, `unknown ${nouns[collection]} "${id}"${hint || ` (see ${where[collection]})`}`);
  };
  const refs = (file: string, path: Path, list: readonly string[] | undefined, collection: Collection) =>
    list?.forEach((id, i) => ref(file, [...path, i], id, collection));

  for (const e of record.entries) {
    ref(e.file, ["phase"], e.phase, "phases");
    refs(e.file, ["sources"], e.sources, "sources");
    refs(e.file, ["people"], e.people, "people");
    refs(e.file, ["decidedBy"], e.decidedBy, "people");
    refs(e.file, ["funding"], e.funding, "funding");
    e.quotes.forEach((q, i) => {
      ref(e.file, ["quotes", i, "by"], q.by, "people");
      ref(e.file, ["quotes", i, "source"], q.source, "sources");
      if (ids.sources.has(q.source) && !e.sources.includes(q.source)) {
        report(e.file, ["quotes", i, "source"], `"${q.source}" must also be listed under sources, so the page cites it`);
      }
    });
    e.updates.forEach((u, i) => refs(e.file, ["updates", i, "sources"], u.sources, "sources"));
  }
  record.funding.forEach((f, i) =>
    f.stages.forEach((s, j) => {
      ref(dataFiles.funding, ["sums", i, "stages", j, "decidedBy"], s.decidedBy, "people");
      ref(dataFiles.funding, ["sums", i, "stages", j, "entry"], s.entry, "entries");
      refs(dataFiles.funding, ["sums", i, "stages", j, "sources"], s.sources, "sources");
    }),
  );
  record.people.forEach((p, i) => refs(dataFiles.people, ["people", i, "sources"], p.sources, "sources"));
  record.people.forEach((p, i) =>
    p.roles.forEach((r, j) => {
      ref(dataFiles.people, ["people", i, "roles", j, "organisation"], r.organisation, "people");
      refs(dataFiles.people, ["people", i, "roles", j, "sources"], r.sources, "sources");
    }),
  );
  record.statistics.forEach((s, i) => {
    ref(dataFiles.statistics, ["statistics", i, "source"], s.source, "sources");
    ref(dataFiles.statistics, ["statistics", i, "statedBy"], s.statedBy, "people");
  });
  record.promises.forEach((p, i) => {
    ref(dataFiles.promises, ["promises", i, "madeBy"], p.madeBy, "people");
    ref(dataFiles.promises, ["promises", i, "entry"], p.entry, "entries");
    refs(dataFiles.promises, ["promises", i, "sources"], p.sources, "sources");
  });
  record.glossary.forEach((t, i) => {
    ref(dataFiles.glossary, ["terms", i, "person"], t.person, "people");
    refs(dataFiles.glossary, ["terms", i, "sources"], t.sources, "sources");
  });

  // Sums and entries point at each other: each stage is recorded by an entry that lists the sum
  if (context.loaded.has("entries") && context.loaded.has("funding")) problems.push(...checkStages(record, context.locators));

  // Dates
  const { earliestDate } = record.site;
  const checkDate = (file: string, path: Path, date: string | undefined) => {
    if (date === undefined) return;
    if (date < earliestDate) report(file, path, `"${date}" is before ${earliestDate}, the earliest date this record covers; check the year`);
    else if (date > context.today) report(file, path, `"${date}" is in the future (today is ${context.today}); check the year`);
  };
  for (const e of record.entries) {
    checkDate(e.file, ["date"], e.date);
    checkDate(e.file, ["dateTo"], e.dateTo);
    e.updates.forEach((u, i) => {
      if (u.date < e.date) report(e.file, ["updates", i, "date"], `"${u.date}" is before the entry's own date (${e.date}); an update comes after the event`);
      else checkDate(e.file, ["updates", i, "date"], u.date);
    });
  }
  for (const s of record.sources) {
    checkDate(s.file, ["date"], s.date);
    checkDate(s.file, ["dateTo"], s.dateTo);
  }

  return problems;
}
