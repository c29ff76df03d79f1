import { positionAt } from "../problems/position-at.ts";
import type { Locate, Problem } from "../problems/problem.ts";
import type { Entry } from "../schemas/entry.ts";

/** The marker `npm run new` puts on every line of its outline that the editor must replace. */
export const UNFINISHED_MARKER = "TODO";
const MARKER = new RegExp(`\\b${UNFINISHED_MARKER}\\b`, "g");

/**
 * A published entry must not still carry the outline `npm run new` wrote: every TODO is reported
 * where it stands. Drafts may (they never reach the published site).
 */
export function checkUnfinished(entries: readonly Entry[], locators: Map<string, Locate>): Problem[] {
  const problems: Problem[] = [];
  const message = `still holds a ${UNFINISHED_MARKER} from the outline; replace it with your own words, or keep draft: true until the entry is finished`;
  for (const e of entries) {
    if (e.draft) continue;
    const locate = locators.get(e.file);
    for (const field of ["title", "summary", "dateNote"] as const) {
      if (new RegExp(MARKER.source).test(e[field] ?? "")) {
        problems.push({ file: e.file, ...(locate ? locate([field]) : { line: 1, column: 1 }), field, message });
      }
    }
    for (const m of e.body.matchAll(MARKER)) {
      const p = positionAt(e.body, m.index!);
      problems.push({ file: e.file, line: e.bodyLine + p.line - 1, column: p.column, field: "body", message });
    }
  }
  return problems;
}
