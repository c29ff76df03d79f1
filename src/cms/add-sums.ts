import { addFundingLines, type NewStage, type NewSum } from "../editor/add-funding-lines.ts";
import { formatProblem } from "../problems/format-problems.ts";
import { IdSchema } from "../schemas/common.ts";

/**
 * The local backend's answer when the entry form holds new sums of money or new stages of sums
 * already recorded: each added to the funding data, or every problem, in the words `npm run check` uses.
 */
export async function addSums(root: string, body: unknown): Promise<{ ok: true; ids: string[] } | { ok: false; problems: string[] }> {
  const { entry, sums, stages = [] } = (body ?? {}) as { entry?: unknown; sums?: unknown; stages?: unknown };
  if (!IdSchema.safeParse(entry).success || !Array.isArray(sums) || !Array.isArray(stages)) return { ok: false, problems: ["the form sent no entry id or no list of sums"] };
  const result = await addFundingLines(root, entry as string, sums as NewSum[], stages as NewStage[]);
  return result.ok ? result : { ok: false, problems: result.problems.map(formatProblem) };
}
