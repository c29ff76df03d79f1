import { z } from "zod";
import type { Problem } from "../problems/problem.ts";
import { dataFiles } from "../record/report-record.ts";
import { FundingLineSchema, type FundingLine } from "../schemas/funding.ts";
import { validate } from "../loaders/validate.ts";
import { appendToDataList, idsInDataList, uniqueId } from "./append-to-data-list.ts";
import { slugify } from "./slugify.ts";

/** A sum of money as an editor gives it for a new entry: everything a funding line holds, the id optional. */
export type NewSum = Omit<z.input<typeof FundingLineSchema>, "id" | "entry"> & { id?: string | undefined };

/**
 * Adds sums of money recorded by an entry to the funding data, each checked by the build's own
 * schema first; gives the ids to list under the entry's `funding`. The one place new money is
 * written, so when funding lines become sums with stages only this changes.
 */
export async function addFundingLines(root: string, entry: string, sums: readonly NewSum[]): Promise<{ ok: true; ids: string[] } | { ok: false; problems: Problem[] }> {
  const file = dataFiles.funding;
  const taken = await idsInDataList(root, file, "lines");
  const lines: FundingLine[] = [];
  const problems: Problem[] = [];
  sums.forEach((sum, i) => {
    const id = uniqueId(sum.id?.trim() || slugify(sum.label ?? "sum"), taken);
    taken.add(id);
    const result = validate(FundingLineSchema, { id, ...sum, entry }, `${file} (new sum ${i + 1})`, () => ({ line: 1, column: 1 }));
    if (result.ok) lines.push(result.value);
    else problems.push(...result.problems);
  });
  if (problems.length > 0) return { ok: false, problems };
  // Written as an editor writes them: defaults left out.
  await appendToDataList(root, file, "lines", lines.map((l) => ({ ...l, upTo: l.upTo || undefined })));
  return { ok: true, ids: lines.map((l) => l.id) };
}
