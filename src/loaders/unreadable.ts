import type { Problem } from "../problems/problem.ts";

/**
 * The problem to report when reading one file fails in a way no check foresaw: located at the
 * file, in plain words, so the rest of the record is still checked and nothing prints a stack trace.
 * @example unreadable("data/x.json", new RangeError("Maximum call stack size exceeded"))
 */
export function unreadable(file: string, error: unknown): Problem {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const said = error instanceof Error ? error.message : String(error);
  const why = code === "EISDIR" ? "this is a folder, not a file" : code === "EACCES" || code === "EPERM" ? "it cannot be read (no permission)" : `reading it failed (${said.split("\n")[0]})`;
  return { file, line: 1, column: 1, field: "", message: `the file could not be checked: ${why}` };
}
