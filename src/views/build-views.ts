import { createHash } from "node:crypto";
import type { BodyReading } from "../record/read-body.ts";
import type { CheckCache } from "../loaders/check-cache.ts";
import { entryRenderer, sourceReadings } from "./rendered-entry.ts";
import { standsFor } from "./stands-for.ts";
import { pageDefaults, siteLinks, type PageWords } from "../eleventy/pages.ts";
import { formatDay, formatRecordDate, recordDateTime } from "../filters/format-record-date.ts";
import { formatRoleDates } from "../filters/format-role-dates.ts";
import { passageHref } from "../citations/citation-notes.ts";
import { citedWords } from "../citations/cited-words.ts";
import { citedPassages, sourcePage } from "../citations/source-page.ts";
import { complianceLevels } from "../schemas/accessibility.ts";
import { buildRecordModel } from "../record/build-model.ts";
import type { ReportRecord } from "../record/report-record.ts";
import { groupBy } from "../record/group-by.ts";
import { timelineFilterUrl } from "../record/timeline-filter-url.ts";
import { describeInvolvement } from "../record/describe-involvement.ts";
import { listChanges } from "./list-changes.ts";
import type { Term } from "../schemas/vocabularies.ts";
import { moneyView } from "./money-view.ts";
import { statisticsView } from "./statistics-view.ts";

/** Items in the Atom feed: the newest entries and updates. */
export const FEED_ITEMS = 50;

const byId = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((i) => [i.id, i]));
const pick = <T>(map: Map<string, T>, id: string): T => {
  const found = map.get(id);
  // The record checks have already proved every reference resolves; this is a programming error.
  if (found === undefined) throw new Error(`Reference to unknown id "${id}" reached the model`);
  return found;
};

/** What the model takes from outside the record. */
export interface ModelOptions {
  /** Last commit date of each entry file (see lastCommitDates), for "last updated" when no update is written. */
  lastCommitDates?: ReadonlyMap<string, string>;
  /** How a body's citations are read: the record check's own reading, where it is kept (read-body.ts). */
  readBody?: (body: string) => Pick<BodyReading, "citations">;
  /** Where entries rendered for an earlier model are kept (npm start, between saves; rendered-entry.ts). */
  kept?: CheckCache;
}
/** What `make` gives for each id, made the first time it is asked for. */
function once<R>(make: (id: string) => R): (id: string) => R {
  const made = new Map<string, R>();
  return (id) => {
    let result = made.get(id);
    if (result === undefined) made.set(id, (result = make(id)));
    return result;
  };
}

/** Where each person's or body's page lives. */
export const personUrl = (id: string): string => `/people/${id}/`;

// Atom needs a time; a calendar date becomes midnight UTC, built from the string so no local time zone can move it.
const utcMidnight = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

const labels = (terms: readonly Term[]) => new Map(terms.map((t) => [t.id, t.label]));

/**
 * The page views: everything the templates show, from the record's meaning (buildRecordModel):
 * labels from the record's vocabularies, money and dates formatted in its language and currency,
 * the cross-links, the page names and the chart specs. Templates only print what this returns.
 */
export function buildModel(record: ReportRecord, options: ModelOptions = {}) {
  const meaning = buildRecordModel(record);
  const locale = { language: record.site.language, currency: record.site.currency };
  const kindLabels = labels(record.vocabularies.entryKinds);
  const sourceKindLabels = labels(record.vocabularies.sourceKinds);
  const promiseLabels = labels(record.vocabularies.promiseStatuses);
  // In `npm start` the preview's fingerprints take what the record says of a person for each view
  // of them (stands-for.ts): a person is named on the page of every entry involving them.
  const personSays = new Map(options.kept ? record.people.map((p) => [p.id, createHash("sha1").update(JSON.stringify(p)).digest("base64")]) : []);
  const madeFromPerson = <T extends { id: string }>(view: T, kind: string): T => (options.kept ? standsFor(view, { key: `${kind}\0${view.id}\0${personSays.get(view.id)}` }) : view);
  const people = byId(record.people.map((p) => madeFromPerson({ ...p, url: personUrl(p.id) }, "person")));
  const sourcesById = byId(record.sources);
  const kindLabelOf = (kind: string) => sourceKindLabels.get(kind) ?? kind;
  const readSource = sourceReadings(sourcesById, kindLabelOf);
  const renderEntry = entryRenderer(sourcesById, kindLabelOf, options.kept, readSource);
  const phasesById = byId(record.site.phases);
  const sorted = meaning.entries;
  const entryIndex = meaning.position;

  // One view per source and per person, however often they are cited or named (10,000 entries
  // name them tens of thousands of times); the model is never changed once built.
  const sourceView = once((id: string) => {
    const s = pick(sourcesById, id);
    const view = { ...s, kindLabel: sourceKindLabels.get(s.kind) ?? s.kind, dateText: formatRecordDate(s), dateTime: recordDateTime(s) };
    // In `npm start` the preview's fingerprints take the source's reading for the view (stands-for.ts).
    return options.kept ? standsFor(view, { key: `source\0${id}\0${readSource(id)}` }) : view;
  });
  // A person with one line saying who they are: the record's description, else the roles it gives.
  const personView = once((id: string) => {
    const p = pick(people, id);
    return madeFromPerson({ ...p, summary: p.description ?? (p.roles.map((r) => r.title).join("; ") || undefined) }, "person-view");
  });
  const ref = (e: (typeof sorted)[number]) => ({ id: e.id, title: e.title, url: e.url, dateText: formatRecordDate(e), dateTime: recordDateTime(e) });

  const money = moneyView(meaning, locale, { person: (id) => pick(people, id), source: sourceView, entry: (id) => ref(sorted[entryIndex.get(id)!]!) });
  const fundingLines = money.sums;
  const pointsByEntry = new Map(money.overTime.map((p) => [p.entryId, p]));
  // The canonical address, for citations: site.url already ends with "/" and entry URLs start with one.
  const canonical = (url: string) => new URL(url.replace(/^\//, ""), record.site.url).href;
  const entries = sorted.map((e, i) => {
    const lines = money.recordedBy(e.id);
    const point = pointsByEntry.get(e.id);
    // Stages with nothing yet are left out, so no entry reads "recommended so far: £0".
    const runningTotals = point?.toDate.filter((t) => t.total.count > 0) ?? [];
    const runningIncome = point?.incomeToDate.filter((t) => t.total.count > 0) ?? [];
    const previous = sorted[i - 1];
    const next = sorted[i + 1];
    const updateList = [...e.updates].sort((a, b) => a.date.localeCompare(b.date));
    // A written update is the editor's word on when the entry last changed; git history is the fallback.
    const latestUpdate = updateList.at(-1)?.date;
    const committed = options.lastCommitDates?.get(e.file);
    const lastUpdatedFrom: "update" | "git" | undefined = latestUpdate ? "update" : committed ? "git" : undefined;
    const lastUpdated = latestUpdate ?? committed;
    const { html, reportHtml, key } = renderEntry(e);
    const view = {
      ...e,
      html,
      reportHtml,
      kindLabel: kindLabels.get(e.kind) ?? e.kind,
      phaseTitle: pick(phasesById, e.phase).title,
      dateText: formatRecordDate(e),
      dateTime: recordDateTime(e),
      sourceList: e.sources.map(sourceView),
      peopleList: e.people.map((id) => pick(people, id)),
      decidedByList: e.decidedBy.map((id) => pick(people, id)),
      quoteList: e.quotes.map((q) => ({
        ...q, person: pick(people, q.by), personItem: personView(q.by), sourceItem: sourceView(q.source),
        /** The quotation's place in the source on /sources/. */
        passageUrl: passageHref(pick(sourcesById, q.source), citedWords(pick(sourcesById, q.source), q.text).paragraph?.anchor),
      })),
      /** Who decided, each with a one-line summary of who they are. */
      deciders: e.decidedBy.map(personView),
      /** Everyone else involved, without repeating those who decided. */
      othersInvolved: e.people.filter((id) => !e.decidedBy.includes(id)).map(personView),
      fundingList: lines,
      moneyText: lines.map((f) => f.amountText).join(" and "),
      /** Money going out up to and including this entry, by stage, each sum once at the stage it had reached, when it moved money. */
      runningTotals,
      /** The same for money coming in, kept apart. */
      runningIncome,
      /** The money this entry moved, grouped by the stage it took each sum to: "Approved: £4.8m and up to £1m". */
      moneyByStatus: record.vocabularies.moneyStages
        .map((stage) => ({ status: stage.id, label: stage.label, text: lines.filter((f) => f.status === stage.id).map((f) => f.amountText).join(" and ") }))
        .filter((m) => m.text !== ""),
      updateList: updateList.map((u) => ({ ...u, dateText: formatDay(u.date), sourceList: (u.sources ?? []).map(sourceView) })),
      /** The latest written update's date, else the file's last commit (YYYY-MM-DD); undefined when neither is known. */
      lastUpdated,
      lastUpdatedFrom,
      lastUpdatedText: lastUpdated ? formatDay(lastUpdated) : undefined,
      kindUrl: timelineFilterUrl("kind", e.kind),
      phaseUrl: timelineFilterUrl("phase", e.phase),
      canonicalUrl: canonical(e.url),
      citationText: `${record.site.publisher ? `${record.site.publisher}. ` : ""}“${e.title}”. ${record.site.title}. ${canonical(e.url)}${lastUpdated ? ` (last updated ${formatDay(lastUpdated)})` : ""}`,
      previous: previous ? ref(previous) : undefined,
      next: next ? ref(next) : undefined,
    };
    // The body and both renderings are made from what the rendering's key names (stands-for.ts).
    return key === undefined ? view : standsFor(view, { key, fields: ["html", "reportHtml", "body"] });
  });
  const entriesById = byId(entries);
  // Who is cited or named where, each found in one pass (a filter per source or person was quadratic).
  const citing = groupBy(entries, (e) => e.sources);
  const passagesBySource = citedPassages(entries, options.readBody);
  const involving = groupBy(entries, (e) => [...e.people, ...e.decidedBy, ...e.quotes.map((q) => q.by)]);
  const deciding = groupBy(entries, (e) => e.decidedBy);
  const quoting = groupBy(entries, (e) => e.quotes.map((q) => q.by));
  // What rests on each source and what each person or body did, each found in one pass (a filter
  // of every role, sum and promise per source or person was 10 million steps at 10,000 entries).
  const roles = [...people.values()].flatMap((person) => person.roles.map((role) => ({ person, role })));
  const rolesCiting = groupBy(roles, ({ role }) => role.sources);
  const rolesIn = groupBy(roles, ({ role }) => (role.organisation ? [role.organisation] : []));
  const fundingCiting = groupBy(fundingLines, (f) => f.sources);
  const promisesCiting = groupBy(record.promises, (p) => p.sources);
  const stagesDecided = groupBy(
    fundingLines.flatMap((line) => line.stages.map((stage) => ({ line, stage }))),
    ({ stage }) => (stage.decidedBy ? [stage.decidedBy] : []),
  );

  const phases = record.site.phases.map((p) => ({ ...p, url: timelineFilterUrl("phase", p.id), entries: entries.filter((e) => e.phase === p.id) }));
  const figures = statisticsView(meaning, locale, { person: (id) => pick(people, id), source: sourceView });
  const statistics = figures.statistics;
  const fundingSourceIds = new Set(fundingLines.flatMap((f) => f.sources));
  const statisticSourceIds = new Set(record.statistics.map((s) => s.source));
  const promiseViews = record.promises.map((p) => ({
    ...p,
    statusLabel: promiseLabels.get(p.status) ?? p.status,
    madeByPerson: pick(people, p.madeBy),
    entryRef: ref(pick(entriesById, p.entry)),
    dueText: p.due ? formatDay(p.due) : undefined,
    sourceList: p.sources.map(sourceView),
  }));
  const promisesBy = groupBy(promiseViews, (c) => [c.madeBy]);
  const statisticsBy = groupBy(statistics, (st) => (st.statedBy ? [st.statedBy] : []));
  const promiseScale = record.vocabularies.promiseStatuses.map((t) => ({ status: t.id, label: t.label, meaning: t.meaning }));
  const pageWords = Object.fromEntries(
    ["home", "money", "people", "promises", "sources", "glossary", "about", "changes", "report", "search", "accessibility"].map((template) => {
      const own = record.site.pages[template as keyof typeof record.site.pages];
      const fallback = pageDefaults(template);
      return [template, { title: own?.title ?? fallback.title, description: own?.description ?? fallback.description, navLabel: own?.navLabel }];
    }),
  ) as Record<string, PageWords & { title: string }>;
  const links = siteLinks(
    { ...pageWords, statistics: { navLabel: figures.page.navLabel, url: figures.page.url } },
    (template) => (template === "money" ? fundingLines.length > 0 : template === "statistics" ? statistics.length > 0 : true),
  );
  const changes = listChanges(entries).map((c) => ({ ...c, sourceList: c.sources.map(sourceView) }));
  // The Atom feed: entries (updated on their latest update) and updates as items of their own, newest first.
  const feed = [
    ...entries.map((e) => ({
      id: e.url,
      title: e.title,
      url: e.url,
      summary: e.summary,
      html: e.html,
      published: utcMidnight(e.date),
      updated: utcMidnight([e.date, ...e.updates.map((u) => u.date)].sort().at(-1)!),
    })),
    ...changes.map((c) => ({
      id: `/changes/#${c.anchor}`,
      title: `Update to “${c.entry.title}”`,
      url: c.entry.url,
      summary: c.text,
      html: undefined,
      published: utcMidnight(c.date),
      updated: utcMidnight(c.date),
    })),
  ]
    .sort((a, b) => b.updated.getTime() - a.updated.getTime() || a.title.localeCompare(b.title))
    // The newest only: a feed reader fetches the whole file on every poll (every entry in full was
    // 38 MB at 10,000 entries); the timeline and the changes page keep the whole record.
    .slice(0, FEED_ITEMS);

  return {
    site: record.site,
    /** Every sum with its stages, the totals out and in (each sum once, at its latest stage), and the running totals. */
    money: {
      ...money,
      /** Money going out, by its latest stage: what the home page and the totals lead with. */
      statusesUsed: money.out.statusesUsed,
      byStatus: money.out.byStatus,
      byFund: money.out.byFund,
      byYear: money.out.byYear,
      /** Every sum going out at its latest stage, except withdrawn ones. */
      all: money.out.all,
      /** True when any sum allowed "up to" its amount, so the page explains what that means. */
      hasUpTo: fundingLines.some((f) => f.upTo),
      /** Every source any sum cites, once, in the order of sources.json. */
      sources: record.sources.filter((s) => fundingSourceIds.has(s.id)).map((s) => sourceView(s.id)),
    },
    figures: {
      ...figures,
      /** Every source a statistic cites, once, in the order of sources.json. */
      sources: record.sources.filter((s) => statisticSourceIds.has(s.id)).map((s) => sourceView(s.id)),
    },
    charts: {
      ...money.charts,
      statistics: figures.chart,
    },
    /** Pages built only when the record has something to show on them: a list of one page, or none. */
    optionalPages: {
      money: fundingLines.length > 0 ? [{ url: "/money/" }] : [],
      statistics: statistics.length > 0 ? [figures.page] : [],
    },
    /** Where the statistics downloads live (beside the page the record names) and what their links say. */
    downloadUrls: { statisticsCsv: `${figures.page.url}statistics.csv`, statisticsJson: `${figures.page.url}statistics.json` } as Record<string, string>,
    downloadLabels: { statisticsCsv: `${figures.page.downloadsLabel} (CSV, for spreadsheets)`, statisticsJson: `${figures.page.downloadsLabel} (JSON)` } as Record<string, string>,
    /** Each page's title and description, the record's words over the generic ones. */
    pageWords,
    navigation: links.navigation,
    footerNavigation: links.footerNavigation,
    /** The pages that filter the timeline, one per kind and per phase in use. */
    timelineFilters: {
      kinds: record.vocabularies.entryKinds
        .map(({ id, label }) => ({ id, label, url: timelineFilterUrl("kind", id), entries: entries.filter((e) => e.kind === id) }))
        .filter((k) => k.entries.length > 0),
      phases: phases.filter((p) => p.entries.length > 0),
    },
    drafts: entries.filter((e) => e.draft).length,
    entries,
    phases,
    funding: fundingLines,
    sources: record.sources.map((s) => ({
      ...sourceView(s.id),
      ...sourcePage(s, passagesBySource),
      citedBy: (citing.get(s.id) ?? []).map(ref),
      // Besides entries, data can rest on a source directly; residents checking a source see all of it.
      alsoFor: [
        ...(rolesCiting.get(s.id) ?? []).map(({ person: p, role: r }) => ({ label: `${p.name}: ${r.title}`, url: p.url })),
        ...(fundingCiting.get(s.id) ?? []).map((f) => ({ label: `${f.amountText}: ${f.label}`, url: f.decision.url })),
        ...(promisesCiting.get(s.id) ?? []).map((p) => ({ label: `Promise: ${p.text}`, url: `/promises/#${p.id}` })),
      ],
    })),
    people: [...people.values()].map((p) => ({
      ...p,
      involvementText: describeInvolvement({
        entries: (involving.get(p.id) ?? []).length,
        decisions: (deciding.get(p.id) ?? []).length,
        quotes: (quoting.get(p.id) ?? []).reduce((n, e) => n + e.quotes.filter((q) => q.by === p.id).length, 0),
        promises: (promisesBy.get(p.id) ?? []).length,
      }),
      typeLabel: p.type === "person" ? "Person" : "Body",
      /** The sources for the description; without any, the page marks it as the site's own words. */
      sourceList: p.sources.map(sourceView),
      roleList: p.roles.map((r) => ({
        ...r,
        datesText: formatRoleDates(r) || "The sources give no dates for this role.",
        organisationRef: r.organisation ? pick(people, r.organisation) : undefined,
        // "Chair of the Improvement Board, Improvement Board" says the body twice; name it only when the title does not.
        organisationInTitle: r.organisation ? r.title.toLowerCase().includes(pick(people, r.organisation).name.toLowerCase()) : false,
        sourceList: r.sources.map(sourceView),
      })),
      members: (rolesIn.get(p.id) ?? []).map(({ person: m, role: r }) => ({ person: m, title: r.title, datesText: formatRoleDates(r) })),
      /** Every stage of a sum this person or body decided, with that stage's label and entry. */
      fundingDecided: (stagesDecided.get(p.id) ?? []).map(({ line: f, stage: s }) => ({ ...f, statusLabel: s.label, decision: s.decision })),
      promisesMade: promisesBy.get(p.id) ?? [],
      statisticsStated: statisticsBy.get(p.id) ?? [],
      entries: (involving.get(p.id) ?? []).map(ref),
      decided: (deciding.get(p.id) ?? []).map(ref),
      quotes: (quoting.get(p.id) ?? []).flatMap((e) => e.quoteList.filter((q) => q.by === p.id).map((q) => ({ ...q, entry: ref(e) }))),
    })),
    statistics,
    promises: promiseViews,
    promiseScale,
    promiseCounts: promiseScale
      .map((s) => ({ ...s, count: promiseViews.filter((p) => p.status === s.status).length }))
      .filter((s) => s.count > 0),
    glossary: [...record.glossary]
      .sort((a, b) => a.term.localeCompare(b.term, record.site.language))
      .map((t) => ({ ...t, personRef: t.person ? pick(people, t.person) : undefined, sourceList: t.sources.map(sourceView) })),
    changes,
    feed,
    feedUpdated: feed[0]?.updated ?? utcMidnight(record.site.earliestDate),
    /** The newest changes, as many as the main feed carries; the changes page lists them all. */
    changeFeed: changes.slice(0, FEED_ITEMS).map((c) => ({ ...c, updated: utcMidnight(c.date) })),
    accessibility: record.site.accessibility
      ? { ...record.site.accessibility, complianceText: complianceLevels[record.site.accessibility.compliance], boundByRegulations: record.site.accessibility.legalBasis === "public-sector-regulations" }
      : undefined,
    changesUpdated: changes[0] ? utcMidnight(changes[0].date) : (feed[0]?.updated ?? utcMidnight(record.site.earliestDate)),
  };
}

export type ReportModel = ReturnType<typeof buildModel>;
export type EntryView = ReportModel["entries"][number];
