import type { Entry } from "../schemas/entry.ts";
import { latestPossibleDate } from "../filters/format-record-date.ts";

/**
 * Timeline order: earliest possible date, then latest possible date (so "June" comes before
 * "between June and September"), then the editor's `order`, then file name.
 */
export function sortEntries<T extends Entry>(entries: readonly T[]): T[] {
  const key = (e: Entry) => latestPossibleDate(e);
  return [...entries].sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      key(a).localeCompare(key(b)) ||
      (a.order ?? 0) - (b.order ?? 0) ||
      a.file.localeCompare(b.file),
  );
}
