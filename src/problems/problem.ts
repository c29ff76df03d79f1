/**
 * One thing wrong with the record, located where an editor can open it.
 * `line` and `column` are 1-based, taken from the file's own text.
 */
export interface Problem {
  file: string;
  line: number;
  column: number;
  /** Dotted path of the field, e.g. `people[1]`; empty for whole-file problems. */
  field: string;
  message: string;
}

/** A position in a text file, 1-based. */
export interface Position {
  line: number;
  column: number;
}

/** Turns a field path into the position an editor should look at. */
export type Locate = (path: readonly PropertyKey[], target?: "value" | "key") => Position;

/** Formats a field path as an editor reads it: `quotes[0].by`. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? String(part) : `.${String(part)}`;
  }
  return out;
}
