import { SOURCES_DIR } from "../loaders/load-sources.ts";
import { dataFiles } from "../record/report-record.ts";
import type { RecordList } from "./record-vocabularies.ts";

/** Where the items of a list live, and the field that names an item. */
export type ListLocation =
  /** An array in a data file: the file's key in dataFiles (also its name in the CMS's "data" collection). */
  | { kind: "data-file"; file: keyof typeof dataFiles; list: string; labelField: string }
  /** A folder of one file per item, named by the item's id (a folder collection of that name in the CMS). */
  | { kind: "folder"; folder: string; collection: string; labelField: string };

/**
 * Where each list the CMS offers choices from is kept. The one definition of where sources live
 * (data/sources/<id>.md, the copy held after the front matter): the sources collection, the
 * relation widgets and `npm run new`'s new source all follow it.
 */
export const listLocations: Record<Exclude<RecordList, "entries">, ListLocation> = {
  people: { kind: "data-file", file: "people", list: "people", labelField: "name" },
  sources: { kind: "folder", folder: SOURCES_DIR, collection: "sources", labelField: "title" },
  funding: { kind: "data-file", file: "funding", list: "sums", labelField: "label" },
  phases: { kind: "data-file", file: "site", list: "phases", labelField: "title" },
  statistics: { kind: "data-file", file: "statistics", list: "statistics", labelField: "measure" },
  promises: { kind: "data-file", file: "promises", list: "promises", labelField: "text" },
  glossary: { kind: "data-file", file: "glossary", list: "terms", labelField: "term" },
};
