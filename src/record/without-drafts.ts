import type { Entry } from "../schemas/entry.ts";
import type { ReportRecord } from "./report-record.ts";

/** Every piece of text an entry shows, to find which glossary terms published pages use. */
const entryText = (e: Entry): string =>
  [e.title, e.summary, e.body, e.dateNote ?? "", ...e.quotes.map((q) => q.text), ...e.updates.map((u) => u.text)].join("\n");

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Whether `text` uses `phrase` (or its plural) as words of its own, in any case, not inside a longer word.
 * Look-arounds rather than a leading character class let the engine scan for the phrase itself:
 * about twice as fast over the 14 MB a 10,000-entry record publishes.
 */
const mentions = (text: string, phrase: string): boolean =>
  new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(phrase)}(?:e?s)?(?![\\p{L}\\p{N}])`, "iu").test(text);

/**
 * The record a production build publishes: no draft entries, none of the money stages and
 * promises only drafts record (nor the sums left with no stage), and only the sources, people and glossary terms that something
 * published uses, or that the record marks `standalone: true` (shown on its own). Without this a
 * source or person only a draft names would be listed on /sources/, /people/ and /report/.
 * Published things use: an entry its sources, people, quotes and citations; a funding line, promise,
 * statistic or person's role its sources and people; a glossary term is used when published text
 * says it (or one of its other names), and then so are its person and sources.
 * @example withoutDrafts(record).entries.every((e) => !e.draft) // true
 */
export function withoutDrafts(record: ReportRecord): ReportRecord {
  const entries = record.entries.filter((e) => !e.draft);
  const published = new Set(entries.map((e) => e.id));
  // A sum keeps only the stages published entries record; a sum with none left is not published.
  const funding = record.funding
    .map((f) => ({ ...f, stages: f.stages.filter((s) => published.has(s.entry)) }))
    .filter((f) => f.stages.length > 0);
  const promises = record.promises.filter((p) => published.has(p.entry));

  const people = new Set<string>();
  const sources = new Set<string>();
  const useSources = (ids: readonly (string | undefined)[] | undefined) => ids?.forEach((id) => id !== undefined && sources.add(id));
  const usePeople = (ids: readonly (string | undefined)[] | undefined) => ids?.forEach((id) => id !== undefined && people.add(id));

  for (const e of entries) {
    useSources(e.sources);
    usePeople([...e.people, ...e.decidedBy]);
    e.quotes.forEach((q) => (usePeople([q.by]), useSources([q.source])));
    e.updates.forEach((u) => useSources(u.sources));
  }
  funding.forEach((f) => f.stages.forEach((s) => (useSources(s.sources), usePeople([s.decidedBy]))));
  promises.forEach((p) => (useSources(p.sources), usePeople([p.madeBy])));
  record.statistics.forEach((s) => (useSources([s.source]), usePeople([s.statedBy])));

  record.people.forEach((p) => p.standalone === true && people.add(p.id));
  const byId = new Map(record.people.map((p) => [p.id, p]));
  // A person shown brings the bodies they held roles in, and those bodies theirs, and the roles' sources.
  const withRoles = () => {
    const pending = [...people];
    while (pending.length > 0) {
      for (const role of byId.get(pending.pop()!)?.roles ?? []) {
        useSources(role.sources);
        if (role.organisation !== undefined && !people.has(role.organisation)) {
          people.add(role.organisation);
          pending.push(role.organisation);
        }
      }
    }
  };
  withRoles();

  // Glossary terms are used by what published pages say: entries, data, and the people shown.
  const publishedText = [
    ...entries.map(entryText),
    JSON.stringify([record.site, funding, promises, record.statistics, record.people.filter((p) => people.has(p.id))]),
  ].join("\n");
  const glossary = record.glossary.filter((t) => t.standalone === true || [t.term, ...t.alsoCalled].some((name) => mentions(publishedText, name)));
  glossary.forEach((t) => (useSources(t.sources), usePeople([t.person])));
  withRoles();
  record.sources.forEach((s) => s.standalone === true && sources.add(s.id));

  return {
    ...record,
    entries,
    funding,
    promises,
    glossary,
    people: record.people.filter((p) => people.has(p.id)),
    sources: record.sources.filter((s) => sources.has(s.id)),
  };
}
