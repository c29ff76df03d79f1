import { dataFiles } from "../record/report-record.ts";
import type { RecordList } from "./record-vocabularies.ts";

/** Where the items of a list live: a data file, the array in it, and the field that names an item. */
export interface ListLocation {
  /** The data file's key in dataFiles (also its name in the CMS's "data" collection). */
  file: keyof typeof dataFiles;
  list: string;
  labelField: string;
}

/**
 * Where each list the CMS offers choices from is kept. The one definition of where sources live:
 * when sources move to a file each (data/sources/<id>.md), this entry and the sources collection
 * built from it change, nothing else.
 */
export const listLocations: Record<Exclude<RecordList, "entries">, ListLocation> = {
  people: { file: "people", list: "people", labelField: "name" },
  sources: { file: "sources", list: "sources", labelField: "title" },
  funding: { file: "funding", list: "sums", labelField: "label" },
  phases: { file: "site", list: "phases", labelField: "title" },
  statistics: { file: "statistics", list: "statistics", labelField: "measure" },
  promises: { file: "promises", list: "promises", labelField: "text" },
  glossary: { file: "glossary", list: "terms", labelField: "term" },
};
