import { loadRecord, type LoadOptions } from "../loaders/load-record.ts";
import { formatProblems } from "../problems/format-problems.ts";
import { buildModel, type ReportModel } from "../record/build-model.ts";
import { lastCommitDates } from "../record/last-commit-dates.ts";

/** Thrown when the record is invalid; its message is the editor-facing list of problems. */
export class ContentError extends Error {
  override name = "ContentError";
}

/**
 * Loads and checks the record and builds the template model; an invalid record stops the build.
 * Drafts are shown only when AR_DRAFTS=1 (the preview server sets it).
 */
export async function loadModel(root: string, options: LoadOptions = {}): Promise<ReportModel> {
  const [result, dates] = await Promise.all([
    loadRecord(root, { includeDrafts: process.env.AR_DRAFTS === "1", ...options }),
    lastCommitDates(root),
  ]);
  if (!result.ok) throw new ContentError(formatProblems(result.problems));
  return buildModel(result.record, { lastCommitDates: dates });
}
