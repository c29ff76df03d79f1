import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { transformSync } from "esbuild";
import { hashSource, type MeasuredHashes } from "./measured-hashes.ts";
import { matchesAny, type FolderTarget } from "./score-mutants.ts";

export interface FilesMeasured {
  folder: string;
  /** Every TypeScript file the folder's run mutates. */
  total: number;
  /** Files whose last results were taken on the code as it is now. */
  current: string[];
  /** Files measured, but changed since: their results may no longer hold. */
  stale: string[];
  /** Files no run has measured. */
  never: string[];
  /**
   * Files with nothing to mutate: types and re-exports only, or mutated by a run that found no
   * mutant in them (Stryker lists neither in its results).
   */
  noCode: string[];
}

/** Whether a file compiles to nothing but imports and re-exports, so Stryker has nothing to mutate. */
export function hasNoCode(source: string): boolean {
  const { code } = transformSync(source, { loader: "ts", minifyWhitespace: true });
  return code.replace(/(?:import|export)\s*(?:\*(?:\s*as\s*[\w$]+)?|\{[^}]*\})\s*(?:from\s*"[^"]*")?;?|import\s*"[^"]*";?/g, "").trim() === "";
}

/** The TypeScript files a folder's run mutates (tests and type declarations left out). */
export function filesOf(root: string, { folder, exclude = [] }: FolderTarget): string[] {
  if (folder.endsWith(".ts")) return [folder];
  return (readdirSync(path.join(root, folder), { recursive: true, encoding: "utf8" }) as string[])
    .map((f) => `${folder}/${f.replaceAll("\\", "/")}`)
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts") && !matchesAny(f, exclude))
    .sort();
}

/**
 * How much of each folder its score stands on: a score over the files measured says nothing of
 * the others, and results taken on code that has changed since may no longer hold.
 * `measured` holds the hash of the source each file was last mutated on (measured-hashes.ts);
 * `reported` the files Stryker's results hold mutants for.
 */
export function filesMeasured(root: string, folders: readonly FolderTarget[], measured: MeasuredHashes, reported: ReadonlySet<string>): FilesMeasured[] {
  return folders.map((target) => {
    const result: FilesMeasured = { folder: target.folder, total: 0, current: [], stale: [], never: [], noCode: [] };
    for (const file of filesOf(root, target)) {
      result.total++;
      const hash = measured[file];
      const source = readFileSync(path.join(root, file), "utf8");
      if (hash === undefined && !reported.has(file)) (hasNoCode(source) ? result.noCode : result.never).push(file);
      // Results with no record of the run that took them may be older than the code (measured-hashes.ts).
      else if (hash !== hashSource(source)) result.stale.push(file);
      else (reported.has(file) ? result.current : result.noCode).push(file);
    }
    return result;
  });
}
