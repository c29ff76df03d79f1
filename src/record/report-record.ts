import type { Entry } from "../schemas/entry.ts";
import type { Sum } from "../schemas/funding.ts";
import type { GlossaryTerm } from "../schemas/glossary.ts";
import type { Person } from "../schemas/person.ts";
import type { Commitment } from "../schemas/promise.ts";
import type { Site } from "../schemas/site.ts";
import type { Source } from "../schemas/source.ts";
import type { StatisticsFile } from "../schemas/statistic.ts";
import type { Vocabularies } from "../schemas/vocabularies.ts";

/** The whole validated record: what the site is built from and nothing else. */
export interface ReportRecord {
  site: Site;
  /** The record's own kinds, funds, money stages and statuses. */
  vocabularies: Vocabularies;
  entries: Entry[];
  /** Every sum of money, each with its stages. */
  funding: Sum[];
  people: Person[];
  sources: Source[];
  statistics: StatisticsFile["statistics"];
  /** How the statistics page is named and worded; generic defaults when the record says nothing. */
  statisticsPage: StatisticsFile["page"];
  promises: Commitment[];
  glossary: GlossaryTerm[];
}

/** The data files, by the collection each one holds. */
export const dataFiles = {
  site: "data/site.json",
  vocabularies: "data/vocabularies.json",
  funding: "data/funding.json",
  people: "data/people.json",
  sources: "data/sources.json",
  statistics: "data/statistics.json",
  promises: "data/promises.json",
  glossary: "data/glossary.json",
} as const;
