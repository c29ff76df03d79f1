import { entryKinds } from "../schemas/entry-kinds.ts";
import { fundingStatuses, funds } from "../schemas/funding.ts";
import { promiseStatuses } from "../schemas/promise.ts";
import { sourceKinds } from "../schemas/source.ts";

/** One choice of a closed vocabulary: the id files store, the label residents read. */
export interface VocabularyTerm {
  id: string;
  label: string;
}

/** The record's closed vocabularies, as the editor offers them. */
export interface RecordVocabularies {
  entryKinds: VocabularyTerm[];
  sourceKinds: VocabularyTerm[];
  funds: VocabularyTerm[];
  /** In the order a sum moves through. */
  moneyStages: VocabularyTerm[];
  promiseStatuses: VocabularyTerm[];
}

const terms = (table: Record<string, string>): VocabularyTerm[] => Object.entries(table).map(([id, label]) => ({ id, label }));

/**
 * The one place the editor (the CMS configuration and `npm run new`) reads the vocabularies from.
 * Today they are constants in src/schemas/; when the record declares them in data/vocabularies.json
 * only this function changes (it will take the loaded record).
 */
export function recordVocabularies(): RecordVocabularies {
  return {
    entryKinds: terms(entryKinds),
    sourceKinds: terms(sourceKinds),
    funds: terms(funds),
    moneyStages: terms(fundingStatuses),
    promiseStatuses: terms(promiseStatuses),
  };
}

/** Which field of which schema holds which vocabulary, so the configuration offers its terms. */
export const vocabularyFields: Record<string, keyof RecordVocabularies> = {
  "entry.kind": "entryKinds",
  "sources.sources.kind": "sourceKinds",
  "funding.lines.fund": "funds",
  "funding.lines.status": "moneyStages",
  "promises.promises.status": "promiseStatuses",
};

/** The record's lists that other fields point at by id. */
export type RecordList = "entries" | "funding" | "people" | "sources" | "phases" | "statistics" | "promises" | "glossary";

/**
 * Which fields hold ids of which list, by `schema.path` (list items have no index in the path):
 * the CMS offers these as choices from the list rather than as typed text.
 */
export const referenceFields: Record<string, RecordList> = {
  "entry.phase": "phases",
  "entry.sources": "sources",
  "entry.people": "people",
  "entry.decidedBy": "people",
  "entry.funding": "funding",
  "entry.quotes.by": "people",
  "entry.quotes.source": "sources",
  "entry.updates.sources": "sources",
  "funding.lines.decidedBy": "people",
  "funding.lines.entry": "entries",
  "funding.lines.sources": "sources",
  "people.people.roles.organisation": "people",
  "people.people.roles.sources": "sources",
  "statistics.statistics.source": "sources",
  "statistics.statistics.statedBy": "people",
  "promises.promises.madeBy": "people",
  "promises.promises.entry": "entries",
  "promises.promises.sources": "sources",
  "glossary.terms.person": "people",
  "glossary.terms.sources": "sources",
};

/** Fields that hold money in whole pence, which editors enter in pounds. */
export const moneyFields: readonly string[] = ["funding.lines.amountPence"];
