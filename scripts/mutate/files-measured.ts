import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { transformSync } from "esbuild";
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
  /** Files with no code to mutate (types and re-exports only): Stryker lists none of them. */
  noCode: string[];
}

/** Whether a file compiles to nothing but imports and re-exports, so Stryker has nothing to mutate. */
export function hasNoCode(source: string): boolean {
  const { code } = transformSync(source, { loader: "ts", minifyWhitespace: true });
  return code.replace(/(?:import|export)\s*(?:\*(?:\s*as\s*[\w$]+)?|\{[^}]*\})\s*(?:from\s*"[^"]*")?;?|import\s*"[^"]*";?/g, "").trim() === "";
}

/** The TypeScript files a folder's run mutates (tests and type declarations left out). */
function filesOf(root: string, { folder, exclude = [] }: FolderTarget): string[] {
  if (folder.endsWith(".ts")) return [folder];
  return (readdirSync(path.join(root, folder), { recursive: true, encoding: "utf8" }) as string[])
    .map((f) => `${folder}/${f.replaceAll("\\", "/")}`)
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts") && !matchesAny(f, exclude))
    .sort();
}

/**
 * How much of each folder its score stands on: a score over the files measured says nothing of
 * the others, and results taken on code that has changed since may no longer hold.
 * `measuredSources` maps each file in the incremental results to the source it was measured on.
 */
export function filesMeasured(root: string, folders: readonly FolderTarget[], measuredSources: ReadonlyMap<string, string>): FilesMeasured[] {
  return folders.map((target) => {
    const result: FilesMeasured = { folder: target.folder, total: 0, current: [], stale: [], never: [], noCode: [] };
    for (const file of filesOf(root, target)) {
      result.total++;
      const measured = measuredSources.get(file);
      const source = readFileSync(path.join(root, file), "utf8");
      if (measured === undefined) (hasNoCode(source) ? result.noCode : result.never).push(file);
      else if (measured === source) result.current.push(file);
      else result.stale.push(file);
    }
    return result;
  });
}
