import type { Entry } from "../schemas/entry.ts";
import { latestPossibleDate } from "./latest-possible-date.ts";

/**
 * Timeline order: by phase, in the order data/site.json lists them; within a phase, earliest possible
 * date, then latest possible date (so "June" comes before "between June and September"), then the
 * editor's `order`, then file name. Phases come first because an imprecise date ("November 2014 or
 * later") sorts by its earliest possibility, which would otherwise put a later stage of the story
 * before events it followed.
 * @example sortEntries(entries, ["before", "response"])
 */
export function sortEntries<T extends Entry>(entries: readonly T[], phaseOrder: readonly string[] = []): T[] {
  const phaseIndex = new Map(phaseOrder.map((id, i) => [id, i]));
  const phase = (e: Entry) => phaseIndex.get(e.phase) ?? phaseOrder.length;
  const latest = new Map(entries.map((e) => [e, latestPossibleDate(e)]));
  return [...entries].sort(
    (a, b) =>
      phase(a) - phase(b) ||
      a.date.localeCompare(b.date) ||
      latest.get(a)!.localeCompare(latest.get(b)!) ||
      (a.order ?? 0) - (b.order ?? 0) ||
      a.file.localeCompare(b.file),
  );
}
