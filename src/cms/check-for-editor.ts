import { loadRecord } from "../loaders/load-record.ts";
import { formatProblem, sortProblems } from "../problems/format-problems.ts";

/** What the admin page shows after each save. */
export interface EditorCheck {
  ok: boolean;
  /** Each problem as `npm run check` prints it: `file:line:col  field: what is wrong`. */
  problems: { file: string; line: number; column: number; text: string }[];
}

/** The same check as `npm run check` (drafts included), over the files as they are now. */
export async function checkForEditor(root: string): Promise<EditorCheck> {
  const result = await loadRecord(root, { includeDrafts: true });
  if (result.ok) return { ok: true, problems: [] };
  return { ok: false, problems: sortProblems(result.problems).map((p) => ({ file: p.file, line: p.line, column: p.column, text: formatProblem(p) })) };
}
