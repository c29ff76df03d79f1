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
import type { ReportRecord } from "./report-record.ts";
import { sortEntries } from "./sort-entries.ts";
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

/** Where each person's or body's page lives. */
export const personUrl = (id: string): string => `/people/${id}/`;

// Atom needs a time; a calendar date becomes midnight UTC, built from the string so no local time zone can move it.
const utcMidnight = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

/**
 * Derives everything the templates show from the validated record: the timeline in order,
 * the cross-links, and every total. Templates only format what this returns.
 */
export function buildModel(record: ReportRecord) {
  const people = byId(record.people.map((p) => ({ ...p, url: personUrl(p.id) })));
  const sourcesById = byId(record.sources);
  const fundingById = byId(record.funding);
  const phasesById = byId(record.site.phases);
  const sorted = sortEntries(record.entries);
  const entryIndex = new Map(sorted.map((e, i) => [e.id, i]));

  const sourceView = (id: string) => {
    const s = pick(sourcesById, id);
    return { ...s, kindLabel: sourceKinds[s.kind], dateText: formatRecordDate(s), dateTime: recordDateTime(s) };
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
      };
    });

  // Running totals follow timeline order, so each entry shows what was committed up to it.
  let approvedSoFar = 0;
  let recommendedSoFar = 0;
  const entries = sorted.map((e, i) => {
    const lines = fundingLines.filter((f) => f.entry === e.id);
    for (const f of lines) {
      if (f.status === "approved") approvedSoFar += f.amountPence;
      if (f.status === "recommended") recommendedSoFar += f.amountPence;
    }
    const previous = sorted[i - 1];
    const next = sorted[i + 1];
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
      quoteList: e.quotes.map((q) => ({ ...q, person: pick(people, q.by), sourceItem: sourceView(q.source) })),
      fundingList: lines,
      moneyText: lines.map((f) => f.amountText).join(" and "),
      approvedToDate: lines.length > 0 ? formatMoney(approvedSoFar) : undefined,
      recommendedToDate: lines.length > 0 && recommendedSoFar > 0 ? formatMoney(recommendedSoFar) : undefined,
      updateList: [...e.updates].sort((a, b) => a.date.localeCompare(b.date)),
      previous: previous ? ref(previous) : undefined,
      next: next ? ref(next) : undefined,
    };
  });
  const entriesById = byId(entries);

  const sum = (lines: typeof fundingLines) => lines.reduce((total, f) => total + f.amountPence, 0);
  const totalView = (label: string, lines: typeof fundingLines) => ({
    label,
    pence: sum(lines),
    text: formatMoney(sum(lines)),
    exact: formatMoneyExact(sum(lines)),
    hasUpTo: lines.some((f) => f.upTo),
  });
  const totals = {
    byStatus: Object.entries(fundingStatuses)
      .map(([status, label]) => totalView(label, fundingLines.filter((f) => f.status === status)))
      .filter((t) => t.pence > 0),
    byFund: Object.entries(funds)
      .map(([fund, label]) => totalView(label, fundingLines.filter((f) => f.fund === fund)))
      .filter((t) => t.pence > 0),
    all: totalView("All funding lines", fundingLines),
  };

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
    entries,
    phases: record.site.phases.map((p) => ({ ...p, entries: entries.filter((e) => e.phase === p.id) })),
    kinds: Object.entries(entryKinds)
      .map(([id, label]) => ({ id, label, entries: entries.filter((e) => e.kind === id) }))
      .filter((k) => k.entries.length > 0),
    funding: fundingLines,
    totals,
    sources: record.sources.map((s) => ({
      ...sourceView(s.id),
      citedBy: entries.filter((e) => e.sources.includes(s.id)).map(ref),
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
        entries: entries.filter((e) => e.people.includes(p.id) || e.decidedBy.includes(p.id) || e.quotes.some((q) => q.by === p.id)).length,
        decisions: entries.filter((e) => e.decidedBy.includes(p.id)).length,
        quotes: entries.reduce((n, e) => n + e.quotes.filter((q) => q.by === p.id).length, 0),
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
      entries: entries.filter((e) => e.people.includes(p.id) || e.decidedBy.includes(p.id) || e.quotes.some((q) => q.by === p.id)).map(ref),
      decided: entries.filter((e) => e.decidedBy.includes(p.id)).map(ref),
      quotes: entries.flatMap((e) => e.quoteList.filter((q) => q.by === p.id).map((q) => ({ ...q, entry: ref(e) }))),
    })),
    statistics: record.statistics.map((s) => ({ ...s, sourceItem: sourceView(s.source), statedByPerson: s.statedBy ? pick(people, s.statedBy) : undefined })),
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
