import { formatDay } from "../filters/format-record-date.ts";
import type { EntryUpdate } from "../schemas/entry.ts";

interface EntryWithUpdates {
  id: string;
  title: string;
  url: string;
  updates: EntryUpdate[];
}

/**
 * Every dated update and correction across the record, newest first, each with a stable anchor
 * (`entry-id-YYYY-MM-DD-n`) that the changes page and the feeds share.
 * @example listChanges(entries)[0] // { date: "2015-01-05", entry: { title: … }, anchor: "cabinet-approves-plan-2015-01-05-1", … }
 */
export function listChanges<E extends EntryWithUpdates>(entries: readonly E[]) {
  return entries
    .flatMap((entry) =>
      entry.updates.map((update, i) => ({
        ...update,
        sources: update.sources ?? [],
        dateText: formatDay(update.date),
        // Counting updates of the same entry on the same day keeps anchors unique and stable when later ones are added.
        anchor: `${entry.id}-${update.date}-${entry.updates.slice(0, i + 1).filter((u) => u.date === update.date).length}`,
        entry: { id: entry.id, title: entry.title, url: entry.url },
      })),
    )
    .sort((a, b) => b.date.localeCompare(a.date) || a.entry.title.localeCompare(b.entry.title));
}
