import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";

/**
 * What each Stryker run mutated, file by file, as a hash of the source it mutated. Stryker's own
 * incremental file cannot say this: a run that leaves a file out still rewrites that file's stored
 * source to the code as it is now, keeping results taken on older code, so new lines would look
 * measured when no mutant was ever made of them.
 */
export type MeasuredHashes = Record<string, string>;

export const hashSource = (source: string): string => createHash("sha256").update(source).digest("hex");

export function readMeasuredHashes(file: string): MeasuredHashes {
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as MeasuredHashes) : {};
}

/** Records that `sources` (file → source at the start of a run) were mutated, keeping every other file's record. */
export function recordMeasured(file: string, sources: ReadonlyMap<string, string>): void {
  const hashes = readMeasuredHashes(file);
  for (const [name, source] of sources) hashes[name] = hashSource(source);
  const sorted = Object.fromEntries(Object.entries(hashes).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(file, `${JSON.stringify(sorted, null, 2)}\n`);
}
