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
 * Checks sums of money recorded by an entry with the build's own schema and gives each an id (from
 * its label) no other funding line has. Nothing is written: see `writeFundingLines`.
 */
export async function planFundingLines(root: string, entry: string, sums: readonly NewSum[]): Promise<{ ok: true; lines: FundingLine[] } | { ok: false; problems: Problem[] }> {
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
  return problems.length > 0 ? { ok: false, problems } : { ok: true, lines };
}

/**
 * Adds checked funding lines to the funding data, as an editor writes them (defaults left out).
 * The one place new money is written, so when funding lines become sums with stages only this
 * module changes.
 */
export async function writeFundingLines(root: string, lines: readonly FundingLine[]): Promise<void> {
  await appendToDataList(root, dataFiles.funding, "lines", lines.map((l) => ({ ...l, upTo: l.upTo || undefined })));
}

/** Checks, then adds, the sums an entry records; gives the ids to list under its `funding`. */
export async function addFundingLines(root: string, entry: string, sums: readonly NewSum[]): Promise<{ ok: true; ids: string[] } | { ok: false; problems: Problem[] }> {
  const planned = await planFundingLines(root, entry, sums);
  if (!planned.ok) return planned;
  await writeFundingLines(root, planned.lines);
  return { ok: true, ids: planned.lines.map((l) => l.id) };
}
