import type { Entry } from "../schemas/entry.ts";
import type { FundingLine } from "../schemas/funding.ts";
import type { GlossaryTerm } from "../schemas/glossary.ts";
import type { Person } from "../schemas/person.ts";
import type { Commitment } from "../schemas/promise.ts";
import type { Site } from "../schemas/site.ts";
import type { Source } from "../schemas/source.ts";
import type { Statistic } from "../schemas/statistic.ts";

/** The whole validated record: what the site is built from and nothing else. */
export interface ReportRecord {
  site: Site;
  entries: Entry[];
  funding: FundingLine[];
  people: Person[];
  sources: Source[];
  statistics: Statistic[];
  promises: Commitment[];
  glossary: GlossaryTerm[];
}

/** The JSON data files, by the collection each one holds (sources are a folder: see SOURCES_DIR). */
export const dataFiles = {
  site: "data/site.json",
  funding: "data/funding.json",
  people: "data/people.json",
  statistics: "data/statistics.json",
  promises: "data/promises.json",
  glossary: "data/glossary.json",
} as const;
