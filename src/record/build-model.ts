import { formatMoney, formatMoneyExact } from "../filters/format-money.ts";
import { formatRecordDate, recordDateTime } from "../filters/format-record-date.ts";
import { renderMarkdown } from "../markdown/markdown.ts";
import { entryKinds } from "../schemas/entry-kinds.ts";
import { fundingStatuses, funds } from "../schemas/funding.ts";
import { promiseStatuses } from "../schemas/promise.ts";
import { sourceKinds } from "../schemas/source.ts";
import type { ReportRecord } from "./report-record.ts";
import { groupBy } from "./group-by.ts";
import { sortEntries } from "./sort-entries.ts";

const byId = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((i) => [i.id, i]));
const pick = <T>(map: Map<string, T>, id: string): T => {
  const found = map.get(id);
  // The record checks have already proved every reference resolves; this is a programming error.
  if (found === undefined) throw new Error(`Reference to unknown id "${id}" reached the model`);
  return found;
};

/**
 * Derives everything the templates show from the validated record: the timeline in order,
 * the cross-links, and every total. Templates only format what this returns.
 */
export function buildModel(record: ReportRecord) {
  const people = byId(record.people);
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

  const linesByEntry = groupBy(fundingLines, (f) => [f.entry]);

  // Running totals follow timeline order, so each entry shows what was committed up to it.
  let approvedSoFar = 0;
  let recommendedSoFar = 0;
  const entries = sorted.map((e, i) => {
    const lines = linesByEntry.get(e.id) ?? [];
    for (const f of lines) {
      if (f.status === "approved") approvedSoFar += f.amountPence;
      if (f.status === "recommended") recommendedSoFar += f.amountPence;
    }
    const previous = sorted[i - 1];
    const next = sorted[i + 1];
    return {
      ...e,
      html: renderMarkdown(e.body),
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
  // Who is cited or named where, each found in one pass (a filter per source or person was quadratic).
  const citing = groupBy(entries, (e) => e.sources);
  const involving = groupBy(entries, (e) => [...e.people, ...e.decidedBy, ...e.quotes.map((q) => q.by)]);
  const deciding = groupBy(entries, (e) => e.decidedBy);
  const quoting = groupBy(entries, (e) => e.quotes.map((q) => q.by));

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

  return {
    site: record.site,
    entries,
    phases: record.site.phases.map((p) => ({ ...p, entries: entries.filter((e) => e.phase === p.id) })),
    kinds: Object.entries(entryKinds)
      .map(([id, label]) => ({ id, label, entries: entries.filter((e) => e.kind === id) }))
      .filter((k) => k.entries.length > 0),
    funding: fundingLines,
    totals,
    sources: record.sources.map((s) => ({ ...sourceView(s.id), citedBy: (citing.get(s.id) ?? []).map(ref) })),
    people: record.people.map((p) => ({
      ...p,
      entries: (involving.get(p.id) ?? []).map(ref),
      decided: (deciding.get(p.id) ?? []).map(ref),
      quotes: (quoting.get(p.id) ?? []).flatMap((e) => e.quoteList.filter((q) => q.by === p.id).map((q) => ({ ...q, entry: ref(e) }))),
    })),
    statistics: record.statistics.map((s) => ({ ...s, sourceItem: sourceView(s.source), statedByPerson: s.statedBy ? pick(people, s.statedBy) : undefined })),
    promises: record.promises.map((p) => ({
      ...p,
      statusLabel: promiseStatuses[p.status],
      madeByPerson: pick(people, p.madeBy),
      entryRef: ref(pick(entriesById, p.entry)),
      sourceList: p.sources.map(sourceView),
    })),
  };
}

export type ReportModel = ReturnType<typeof buildModel>;
export type EntryView = ReportModel["entries"][number];
