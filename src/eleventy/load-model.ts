import path from "node:path";
import type { CheckCache } from "../loaders/check-cache.ts";
import { loadRecord, type LoadOptions, type LoadResult } from "../loaders/load-record.ts";
import { readEachBodyOnce } from "../record/read-body.ts";
import { formatProblems } from "../problems/format-problems.ts";
import type { Problem } from "../problems/problem.ts";
import { buildModel, type ReportModel } from "../views/build-views.ts";
import { lastCommitDates } from "../record/last-commit-dates.ts";
import type { ReportRecord } from "../record/report-record.ts";
import { withSiteAddress } from "../record/site-address.ts";

/** Thrown when the record is invalid; its message is the editor-facing list of problems. */
export class ContentError extends Error {
  override name = "ContentError";
}

/** The template model, or every problem that stops it being built. */
export type ModelResult = { ok: true; model: ReportModel } | { ok: false; problems: Problem[] };

let lastModelled: { root: string; record: ReportRecord } | undefined;

/**
 * The record the last model of `root` was built from: what the pages just written show. The editor
 * (src/cms/editor-build.ts) lists the same entries, without reading and checking the record again.
 */
export function recordLastModelled(root: string): ReportRecord | undefined {
  return lastModelled?.root === path.resolve(root) ? lastModelled.record : undefined;
}

interface HandedOver {
  root: string;
  result: Extract<LoadResult, { ok: true }>;
  /** What the check kept of each body, so the model does not read them again. */
  cache?: CheckCache | undefined;
  /** Called with the model once it is built from this record (the build starts its search records). */
  onModel?: ((model: ReportModel) => void | Promise<void>) | undefined;
}
let handedOver: HandedOver | undefined;

/**
 * `npm run build` has just loaded and checked the record (with the default options) before starting
 * Eleventy: the model is built from that, once, instead of reading and cross-checking every file
 * again (seconds at 10,000 entries). Any other load, or a second one, reads the files.
 */
export function handOverRecord(root: string, result: Extract<LoadResult, { ok: true }>, cache?: CheckCache, onModel?: (model: ReportModel) => void | Promise<void>): () => void {
  const offer: HandedOver = { root: path.resolve(root), result, cache, onModel };
  handedOver = offer;
  // Withdrawn when the build ends, so a build that stopped before Eleventy read it leaves nothing stale.
  return () => {
    if (handedOver === offer) handedOver = undefined;
  };
}

function takeHandedOver(root: string, options: LoadOptions): HandedOver | undefined {
  const taken = handedOver;
  handedOver = undefined;
  const defaults = Object.values(options).every((value) => value === undefined);
  return taken && defaults && taken.root === path.resolve(root) ? taken : undefined;
}

/**
 * Loads and checks the record and builds the template model, or returns the problems.
 * Drafts are left out unless the caller asks for them (only the preview does); no environment
 * variable can switch them on, so a production build never publishes one.
 */
export async function loadModelResult(root: string, options: LoadOptions = {}): Promise<ModelResult> {
  const taken = takeHandedOver(root, options);
  const cache = taken ? taken.cache : options.cache;
  const [result, dates] = await Promise.all([taken?.result ?? loadRecord(root, options), lastCommitDates(root)]);
  if (!result.ok) return result;
  lastModelled = { root: path.resolve(root), record: result.record };
  // With a store, the citations the check read are read from it, not parsed again, and entries
  // rendered for the last model are not rendered again.
  const model = buildModel(withSiteAddress(result.record, process.env.AR_SITE_URL), { lastCommitDates: dates, ...(cache && { readBody: readEachBodyOnce(cache), kept: cache }) });
  // The build's store has done its work: let it go before the pages are rendered (peak memory).
  if (taken) taken.cache = undefined;
  await taken?.onModel?.(model);
  return { ok: true, model };
}

/** Loads the template model; an invalid record stops the build with the editor-facing list of problems. */
export async function loadModel(root: string, options: LoadOptions = {}): Promise<ReportModel> {
  const result = await loadModelResult(root, options);
  if (!result.ok) throw new ContentError(formatProblems(result.problems));
  return result.model;
}
