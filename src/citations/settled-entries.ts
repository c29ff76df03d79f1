import type { CheckCache } from "../loaders/check-cache.ts";
import type { Problem } from "../problems/problem.ts";
import type { Entry } from "../schemas/entry.ts";
import type { Source } from "../schemas/source.ts";

/** What stands for a source an entry names that the record does not hold. */
const MISSING = "\0missing";

/**
 * Which entries' citations and quoted words need looking for in the copies held again: an entry
 * whose every passage and quotation was found last time, in the very copies it names now, is
 * settled, so a check after one save looks only at what changed (the two checks were an eighth of a
 * check at 10,000 entries, docs/performance.md). Only an entry with nothing to report is
 * remembered, keyed by the fingerprint of its own file and of every source file it names (or that
 * the source is missing): a change to any of them looks again. Without a cache, or for an entry
 * loaded without a fingerprint, nothing is settled.
 * @example const settled = settledEntries(cache, fingerprints, sources); const toCheck = settled.unsettled(entries); …; settled.settle(toCheck, problems)
 */
export function settledEntries(cache: CheckCache | undefined, fingerprints: ReadonlyMap<string, string>, sources: readonly Source[]) {
  const fileOf = new Map(sources.map((s) => [s.id, s.file]));
  const keyOf = (e: Entry): string[] | undefined => {
    const own = fingerprints.get(e.file);
    if (own === undefined) return undefined;
    // An entry cites only sources it lists (anything else is reported); a quotation names its own.
    const named = [...new Set([...e.sources, ...e.quotes.map((q) => q.source)])].sort();
    const parts = [own];
    for (const id of named) {
      const file = fileOf.get(id);
      const fingerprint = file === undefined ? undefined : fingerprints.get(file);
      if (file !== undefined && fingerprint === undefined) return undefined;
      parts.push(id, fingerprint ?? MISSING);
    }
    return parts;
  };
  return {
    /** The entries to check: every one not settled. */
    unsettled(entries: readonly Entry[]): Entry[] {
      if (!cache) return [...entries];
      return entries.filter((e) => {
        const parts = keyOf(e);
        return parts === undefined || cache.get<boolean>("cited-words-found", parts) !== true;
      });
    },
    /** Remembers as settled each entry checked that has nothing to report in `problems`. */
    settle(checked: readonly Entry[], problems: readonly Problem[]): void {
      if (!cache) return;
      const reported = new Set(problems.map((p) => p.file));
      for (const e of checked) {
        const parts = reported.has(e.file) ? undefined : keyOf(e);
        if (parts) cache.set("cited-words-found", parts, true);
      }
    },
  };
}
