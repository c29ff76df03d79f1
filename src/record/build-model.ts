import { demandChart } from "../charts/demand-chart.ts";
import { moneyByFundChart, moneyOverTimeChart } from "../charts/money-charts.ts";
import { formatChangePercent, formatChangeShort } from "../filters/format-change-percent.ts";
import { formatMoney, formatMoneyExact } from "../filters/format-money.ts";
import { formatDay, formatRecordDate, recordDateTime } from "../filters/format-record-date.ts";
import { formatRoleDates } from "../filters/format-role-dates.ts";
import { renderMarkdown } from "../markdown/markdown.ts";
import { shiftHeadings } from "../markdown/shift-headings.ts";
import { entryKinds } from "../schemas/entry-kinds.ts";
import { fundingStatuses, funds } from "../schemas/funding.ts";
import { complianceLevels } from "../schemas/accessibility.ts";
import { promiseStatuses } from "../schemas/promise.ts";
import { sourceKinds } from "../schemas/source.ts";
import { summariseFunding } from "./funding-summary.ts";
import { moneyTotal } from "./money-total.ts";
import type { ReportRecord } from "./report-record.ts";
import { groupBy } from "./group-by.ts";
import { sortEntries } from "./sort-entries.ts";
import { timelineFilterUrl } from "./timeline-filter-url.ts";
import { describeInvolvement } from "./describe-involvement.ts";
import { listChanges } from "./list-changes.ts";
import { promiseScale } from "./promise-scale.ts";

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
}
/** Where each person's or body's page lives. */
export const personUrl = (id: string): string => `/people/${id}/`;

// Atom needs a time; a calendar date becomes midnight UTC, built from the string so no local time zone can move it.
const utcMidnight = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

/**
 * Derives everything the templates show from the validated record: the timeline in order,
 * the cross-links, and every total. Templates only format what this returns.
 */
export function buildModel(record: ReportRecord, options: ModelOptions = {}) {
  const people = byId(record.people.map((p) => ({ ...p, url: personUrl(p.id) })));
  const sourcesById = byId(record.sources);
  const fundingById = byId(record.funding);
  const phasesById = byId(record.site.phases);
  const sorted = sortEntries(record.entries, record.site.phases.map((p) => p.id));
  const entryIndex = new Map(sorted.map((e, i) => [e.id, i]));

  const sourceView = (id: string) => {
    const s = pick(sourcesById, id);
    return { ...s, kindLabel: sourceKinds[s.kind], dateText: formatRecordDate(s), dateTime: recordDateTime(s) };
  };
  // A person with one line saying who they are: the record's description, else the roles it gives.
  const personView = (id: string) => {
    const p = pick(people, id);
    return { ...p, summary: p.description ?? (p.roles.map((r) => r.title).join("; ") || undefined) };
  };
  const ref = (e: (typeof sorted)[number]) => ({ id: e.id, title: e.title, url: e.url, dateText: formatRecordDate(e), dateTime: recordDateTime(e) });

  const fundingLines = [...record.funding]
    .sort((a, b) => (entryIndex.get(a.entry) ?? 0) - (entryIndex.get(b.entry) ?? 0))
    .map((f) => {
      const entry = sorted[entryIndex.get(f.entry)!]!;
      return {
        ...f,
        amountText: `${f.upTo ? "up to " : ""}${formatMoney(f.amountPence)}`,
        amountExact: formatMoneyExact(f.amountPence),
        fundLabel: funds[f.fund],
        statusLabel: fundingStatuses[f.status],
        decidedByPerson: pick(people, f.decidedBy),
        decision: ref(entry),
        sourceList: f.sources.map(sourceView),
      };
    });

  // Running totals follow timeline order, so each entry shows what was committed up to it.
  const fundingSummary = summariseFunding(fundingLines);
  const pointsByEntry = new Map(fundingSummary.overTime.map((p) => [p.entryId, p]));
  const linesByEntry = groupBy(fundingLines, (f) => [f.entry]);
  // The canonical address, for citations: site.url already ends with "/" and entry URLs start with one.
  const canonical = (url: string) => new URL(url.replace(/^\//, ""), record.site.url).href;
  const entries = sorted.map((e, i) => {
    const lines = linesByEntry.get(e.id) ?? [];
    const point = pointsByEntry.get(e.id);
    // Statuses with nothing yet are left out, so no entry reads "recommended so far: £0".
    const runningTotals = point?.toDate.filter((t) => t.total.count > 0) ?? [];
    const toDate = (status: string) => runningTotals.find((t) => t.status === status)?.total;
    const previous = sorted[i - 1];
    const next = sorted[i + 1];
    const updateList = [...e.updates].sort((a, b) => a.date.localeCompare(b.date));
    // A written update is the editor's word on when the entry last changed; git history is the fallback.
    const latestUpdate = updateList.at(-1)?.date;
    const committed = options.lastCommitDates?.get(e.file);
    const lastUpdatedFrom: "update" | "git" | undefined = latestUpdate ? "update" : committed ? "git" : undefined;
    const lastUpdated = latestUpdate ?? committed;
    return {
      ...e,
      html: renderMarkdown(e.body),
      // In the full report an entry sits under an h3, so its own section headings start at h4.
      reportHtml: shiftHeadings(renderMarkdown(e.body), 2),
      kindLabel: entryKinds[e.kind],
      phaseTitle: pick(phasesById, e.phase).title,
      dateText: formatRecordDate(e),
      dateTime: recordDateTime(e),
      sourceList: e.sources.map(sourceView),
      peopleList: e.people.map((id) => pick(people, id)),
      decidedByList: e.decidedBy.map((id) => pick(people, id)),
      quoteList: e.quotes.map((q) => ({ ...q, person: pick(people, q.by), personItem: personView(q.by), sourceItem: sourceView(q.source) })),
      /** Who decided, each with a one-line summary of who they are. */
      deciders: e.decidedBy.map(personView),
      /** Everyone else involved, without repeating those who decided. */
      othersInvolved: e.people.filter((id) => !e.decidedBy.includes(id)).map(personView),
      fundingList: lines,
      moneyText: lines.map((f) => f.amountText).join(" and "),
      // "up to" when any approved line so far was an "up to" decision: the total is then a ceiling.
      approvedToDate: toDate("approved")?.text,
      recommendedToDate: toDate("recommended")?.text,
      /** Money committed up to and including this entry, by status, when it decided money. */
      runningTotals,
      /** The money this entry decided, grouped by status: "Approved: £4.8m and up to £1m". */
      moneyByStatus: fundingSummary.statusesUsed
        .map((status) => ({ status, label: fundingStatuses[status], text: lines.filter((f) => f.status === status).map((f) => f.amountText).join(" and ") }))
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
  });
  const entriesById = byId(entries);
  // Who is cited or named where, each found in one pass (a filter per source or person was quadratic).
  const citing = groupBy(entries, (e) => e.sources);
  const involving = groupBy(entries, (e) => [...e.people, ...e.decidedBy, ...e.quotes.map((q) => q.by)]);
  const deciding = groupBy(entries, (e) => e.decidedBy);
  const quoting = groupBy(entries, (e) => e.quotes.map((q) => q.by));

  const phases = record.site.phases.map((p) => ({ ...p, url: timelineFilterUrl("phase", p.id), entries: entries.filter((e) => e.phase === p.id) }));
  const statistics = record.statistics.map((s) => ({
    ...s,
    changeText: formatChangePercent(s.changePercent),
    changeShort: formatChangeShort(s.changePercent),
    sourceItem: sourceView(s.source),
    statedByPerson: s.statedBy ? pick(people, s.statedBy) : undefined,
  }));
  const fundingSourceIds = new Set(record.funding.flatMap((f) => f.sources));
  const statisticSourceIds = new Set(record.statistics.map((s) => s.source));
  const decisionPoints = fundingSummary.overTime.map((p) => ({ ...p, decision: ref(pick(entriesById, p.entryId)) }));
  const promiseViews = record.promises.map((p) => ({
    ...p,
    statusLabel: promiseStatuses[p.status],
    madeByPerson: pick(people, p.madeBy),
    entryRef: ref(pick(entriesById, p.entry)),
    dueText: p.due ? formatDay(p.due) : undefined,
    sourceList: p.sources.map(sourceView),
  }));
  const changes = listChanges(entries).map((c) => ({ ...c, sourceList: c.sources.map(sourceView) }));
  // The Atom feed: every entry (updated on its latest update) and every update as an item of its own, newest first.
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
  ].sort((a, b) => b.updated.getTime() - a.updated.getTime() || a.title.localeCompare(b.title));

  return {
    site: record.site,
    /** Totals by status and fund and running totals, each a MoneyTotal that keeps "up to" honest. */
    money: {
      statusesUsed: fundingSummary.statusesUsed.map((status) => ({ status, label: fundingStatuses[status] })),
      byStatus: fundingSummary.byStatus,
      byFund: fundingSummary.byFund,
      overTime: decisionPoints,
      /** Every line added up, approved or not: the most the record shows was put forward. */
      all: moneyTotal(fundingLines),
      /** True when any line allowed "up to" its amount, so the page explains what that means. */
      hasUpTo: fundingLines.some((f) => f.upTo),
      /** Every source any funding line cites, once, in the order of sources.json. */
      sources: record.sources.filter((s) => fundingSourceIds.has(s.id)).map((s) => sourceView(s.id)),
    },
    demand: {
      /** Every source a statistic cites, once, in the order of sources.json. */
      sources: record.sources.filter((s) => statisticSourceIds.has(s.id)).map((s) => sourceView(s.id)),
      /** The caveats the sources give, each once, for the top of the demand page. */
      caveats: [...new Set(record.statistics.flatMap((s) => (s.caveat ? [s.caveat] : [])))],
      /** The distinct periods the figures cover; more than one means they do not compare like with like. */
      periods: [...new Set(record.statistics.map((s) => s.period))],
    },
    charts: {
      moneyOverTime: moneyOverTimeChart(decisionPoints.map((p) => ({ dateText: p.decision.dateText, toDate: p.toDate }))),
      moneyByFund: moneyByFundChart(fundingSummary.byFund),
      demand: demandChart(statistics),
    },
    /** The pages that filter the timeline, one per kind and per phase in use. */
    timelineFilters: {
      kinds: Object.entries(entryKinds)
        .map(([id, label]) => ({ id, label, url: timelineFilterUrl("kind", id), entries: entries.filter((e) => e.kind === id) }))
        .filter((k) => k.entries.length > 0),
      phases: phases.filter((p) => p.entries.length > 0),
    },
    drafts: entries.filter((e) => e.draft).length,
    entries,
    phases,
    funding: fundingLines,
    sources: record.sources.map((s) => ({
      ...sourceView(s.id),
      citedBy: (citing.get(s.id) ?? []).map(ref),
      // Besides entries, data can rest on a source directly; residents checking a source see all of it.
      alsoFor: [
        ...[...people.values()].flatMap((p) => p.roles.filter((r) => r.sources.includes(s.id)).map((r) => ({ label: `${p.name}: ${r.title}`, url: p.url }))),
        ...fundingLines.filter((f) => f.sources.includes(s.id)).map((f) => ({ label: `${f.amountText}: ${f.label}`, url: f.decision.url })),
        ...record.promises.filter((p) => p.sources.includes(s.id)).map((p) => ({ label: `Promise: ${p.text}`, url: `/promises/#${p.id}` })),
      ],
    })),
    people: [...people.values()].map((p) => ({
      ...p,
      involvementText: describeInvolvement({
        entries: (involving.get(p.id) ?? []).length,
        decisions: (deciding.get(p.id) ?? []).length,
        quotes: (quoting.get(p.id) ?? []).reduce((n, e) => n + e.quotes.filter((q) => q.by === p.id).length, 0),
        promises: promiseViews.filter((c) => c.madeBy === p.id).length,
      }),
      typeLabel: p.type === "person" ? "Person" : "Body",
      roleList: p.roles.map((r) => ({
        ...r,
        datesText: formatRoleDates(r) || "The sources give no dates for this role.",
        organisationRef: r.organisation ? pick(people, r.organisation) : undefined,
        // "Chair of the Improvement Board, Improvement Board" says the body twice; name it only when the title does not.
        organisationInTitle: r.organisation ? r.title.toLowerCase().includes(pick(people, r.organisation).name.toLowerCase()) : false,
        sourceList: r.sources.map(sourceView),
      })),
      members: [...people.values()].flatMap((m) =>
        m.roles.filter((r) => r.organisation === p.id).map((r) => ({ person: m, title: r.title, datesText: formatRoleDates(r) })),
      ),
      fundingDecided: fundingLines.filter((f) => f.decidedBy === p.id),
      promisesMade: promiseViews.filter((c) => c.madeBy === p.id),
      statisticsStated: record.statistics.filter((s) => s.statedBy === p.id),
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
      .sort((a, b) => a.term.localeCompare(b.term, "en"))
      .map((t) => ({ ...t, personRef: t.person ? pick(people, t.person) : undefined, sourceList: t.sources.map(sourceView) })),
    changes,
    feed,
    feedUpdated: feed[0]?.updated ?? utcMidnight(record.site.earliestDate),
    changeFeed: changes.map((c) => ({ ...c, updated: utcMidnight(c.date) })),
    accessibility: record.site.accessibility
      ? { ...record.site.accessibility, complianceText: complianceLevels[record.site.accessibility.compliance] }
      : undefined,
    changesUpdated: changes[0] ? utcMidnight(changes[0].date) : (feed[0]?.updated ?? utcMidnight(record.site.earliestDate)),
  };
}

export type ReportModel = ReturnType<typeof buildModel>;
export type EntryView = ReportModel["entries"][number];
