import path from "node:path";
import { loadRecord } from "../../src/loaders/load-record.ts";
import { formatProblems } from "../../src/problems/format-problems.ts";
import { buildModel } from "../../src/views/build-views.ts";
import type { ReportRecord } from "../../src/record/report-record.ts";
import { fixturesDir, housingRoot } from "./fixture-record.ts";

/** The validated record at `root`; a test fails loudly if it has problems. */
export async function recordAt(root: string, includeDrafts = false): Promise<ReportRecord> {
  const result = await loadRecord(root, { includeDrafts, today: "2026-12-31" });
  if (!result.ok) throw new Error(formatProblems(result.problems));
  return result.record;
}

/** The model of the housing fixture record, drafts excluded as in production. */
export const housingModel = async () => buildModel(await recordAt(housingRoot));

/** The model of the minimal fixture record. */
export const minimalModel = async () => buildModel(await recordAt(path.join(fixturesDir, "minimal")));
