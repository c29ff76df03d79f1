import { loadDataFile } from "../loaders/load-data-file.ts";
import type { Problem } from "../problems/problem.ts";
import { dataFiles } from "../record/report-record.ts";
import { VocabulariesFileSchema, type Term, type VocabularyName, type Vocabularies } from "../schemas/vocabularies.ts";

/** The record's closed vocabularies, as the editor offers them: each term's id (what files store) and label (what residents read). */
export type RecordVocabularies = Pick<Vocabularies, VocabularyName>;

/** One choice of a closed vocabulary. */
export type VocabularyTerm = Term;

/**
 * The one place the editor (the CMS configuration and `npm run new`) reads the vocabularies from:
 * the record's own data/vocabularies.json, checked by the build's schema, so another record's
 * kinds, funds, stages and statuses reach the form with no change to the code.
 * @param root the record's folder
 */
export async function recordVocabularies(root: string): Promise<{ ok: true; vocabularies: RecordVocabularies } | { ok: false; problems: Problem[] }> {
  const loaded = await loadDataFile(root, dataFiles.vocabularies, VocabulariesFileSchema);
  if (!loaded.value || loaded.problems.length > 0) return { ok: false, problems: loaded.problems };
  const { $schema: _, ...vocabularies } = loaded.value;
  return { ok: true, vocabularies };
}

/** Which field of which schema holds which vocabulary (by `schema.path`, list items unindexed), so the form offers its terms. */
export const vocabularyFields: Record<string, VocabularyName> = {
  "entry.kind": "entryKinds",
  "source.kind": "sourceKinds",
  "funding.sums.fund": "funds",
  "funding.sums.stages.stage": "moneyStages",
  "promises.promises.status": "promiseStatuses",
  // The entry form's new sums and new stages (src/editor/add-funding-lines.ts)
  "newSum.fund": "funds",
  "newSum.stage": "moneyStages",
  "newStage.stage": "moneyStages",
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
  "funding.sums.stages.decidedBy": "people",
  "funding.sums.stages.entry": "entries",
  "funding.sums.stages.sources": "sources",
  "people.people.roles.organisation": "people",
  "people.people.roles.sources": "sources",
  "statistics.statistics.source": "sources",
  "statistics.statistics.statedBy": "people",
  "promises.promises.madeBy": "people",
  "promises.promises.entry": "entries",
  "promises.promises.sources": "sources",
  "glossary.terms.person": "people",
  "glossary.terms.sources": "sources",
  "newSum.decidedBy": "people",
  "newSum.sources": "sources",
  "newStage.sum": "funding",
  "newStage.decidedBy": "people",
  "newStage.sources": "sources",
};

/** Fields that hold money in whole pence, which editors enter in pounds. */
export const moneyFields: readonly string[] = ["funding.sums.amountPence", "funding.sums.years.amountPence", "newSum.amountPence"];
