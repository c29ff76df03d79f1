import { loadRecord, type LoadOptions } from "../loaders/load-record.ts";
import { formatProblems } from "../problems/format-problems.ts";
import type { Problem } from "../problems/problem.ts";
import { buildModel, type ReportModel } from "../views/build-views.ts";
import { lastCommitDates } from "../record/last-commit-dates.ts";

/** Thrown when the record is invalid; its message is the editor-facing list of problems. */
export class ContentError extends Error {
  override name = "ContentError";
}

/** The template model, or every problem that stops it being built. */
export type ModelResult = { ok: true; model: ReportModel } | { ok: false; problems: Problem[] };

/**
 * Loads and checks the record and builds the template model, or returns the problems.
 * Drafts are left out unless the caller asks for them (only the preview does); no environment
 * variable can switch them on, so a production build never publishes one.
 */
export async function loadModelResult(root: string, options: LoadOptions = {}): Promise<ModelResult> {
  const [result, dates] = await Promise.all([
    loadRecord(root, options),
    lastCommitDates(root),
  ]);
  if (!result.ok) return result;
  return { ok: true, model: buildModel(result.record, { lastCommitDates: dates }) };
}

/** Loads the template model; an invalid record stops the build with the editor-facing list of problems. */
export async function loadModel(root: string, options: LoadOptions = {}): Promise<ReportModel> {
  const result = await loadModelResult(root, options);
  if (!result.ok) throw new ContentError(formatProblems(result.problems));
  return result.model;
}
