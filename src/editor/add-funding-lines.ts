import * as z from "zod";
import { parse } from "jsonc-parser";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Problem } from "../problems/problem.ts";
import { dataFiles } from "../record/report-record.ts";
import { FinancialYearSchema, MoneyStageEventSchema, SumSchema, type MoneyStageEvent, type Sum } from "../schemas/funding.ts";
import { IdSchema } from "../schemas/common.ts";
import { validate } from "../loaders/validate.ts";
import { appendToDataList, idsInDataList, uniqueId } from "./append-to-data-list.ts";
import { slugify } from "./slugify.ts";

const { id: _id, stages: _stages, years: _years, ...sumFields } = SumSchema.shape;
const { entry: _entry, note: _stageNote, ...stageFields } = MoneyStageEventSchema.shape;

/**
 * A new sum of money as an editor gives it with the entry that records it (the form's and
 * `npm run new`'s questions): the sum's fields, its one financial year, and its first stage, whose
 * entry is the entry being written. The id is made from the label when left out.
 */
export const NewSumSchema = z.strictObject({
  id: IdSchema.optional(),
  ...sumFields,
  financialYear: FinancialYearSchema,
  ...stageFields,
});
export type NewSum = z.input<typeof NewSumSchema>;

/** A sum's next stage, recorded by the entry being written: the sum's id and the stage's fields. */
export const NewStageSchema = z.strictObject({ sum: IdSchema, ...stageFields, note: MoneyStageEventSchema.shape.note });
export type NewStage = z.input<typeof NewStageSchema>;

/** The new sum as data/funding.json holds it: one stage, recorded by `entry`. */
const sumOf = (given: NewSum, id: string, entry: string) => {
  const { id: _, stage, decidedBy, sources, ...sum } = given;
  return { id, ...sum, stages: [{ stage, entry, decidedBy, sources }] };
};

/**
 * Checks new sums of money recorded by an entry with the build's own schema and gives each an id
 * (from its label) no other sum has. Nothing is written: see `writeSums`.
 */
export async function planSums(root: string, entry: string, sums: readonly NewSum[]): Promise<{ ok: true; sums: Sum[] } | { ok: false; problems: Problem[] }> {
  const file = dataFiles.funding;
  const taken = await idsInDataList(root, file, "sums");
  const planned: Sum[] = [];
  const problems: Problem[] = [];
  sums.forEach((sum, i) => {
    const where = `${file} (new sum ${i + 1})`;
    const given = validate(NewSumSchema, sum, where, () => ({ line: 1, column: 1 }));
    if (!given.ok) return void problems.push(...given.problems);
    const id = uniqueId(given.value.id?.trim() || slugify(given.value.label), taken);
    taken.add(id);
    const result = validate(SumSchema, sumOf(given.value, id, entry), where, () => ({ line: 1, column: 1 }));
    if (result.ok) planned.push(result.value);
    else problems.push(...result.problems);
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, sums: planned };
}

/** Checks next stages of sums already recorded: each names a sum in the funding data. Nothing is written: see `writeStages`. */
export async function planStages(root: string, entry: string, stages: readonly NewStage[]): Promise<{ ok: true; stages: { sum: string; stage: MoneyStageEvent }[] } | { ok: false; problems: Problem[] }> {
  const file = dataFiles.funding;
  const known = await idsInDataList(root, file, "sums");
  const planned: { sum: string; stage: MoneyStageEvent }[] = [];
  const problems: Problem[] = [];
  stages.forEach((given, i) => {
    const where = `${file} (new stage ${i + 1})`;
    const checked = validate(NewStageSchema, given, where, () => ({ line: 1, column: 1 }));
    if (!checked.ok) return void problems.push(...checked.problems);
    const { sum, ...fields } = checked.value;
    if (!known.has(sum)) return void problems.push({ file: where, line: 1, column: 1, field: "sum", message: `"${sum}" is not the id of a sum in ${file}` });
    const stage = validate(MoneyStageEventSchema, { ...fields, entry }, where, () => ({ line: 1, column: 1 }));
    if (stage.ok) planned.push({ sum, stage: stage.value });
    else problems.push(...stage.problems);
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, stages: planned };
}

/**
 * Adds checked sums to the funding data, as an editor writes them (defaults left out). The one
 * place new money is written.
 */
export async function writeSums(root: string, sums: readonly Sum[]): Promise<void> {
  await appendToDataList(root, dataFiles.funding, "sums", sums.map((s) => ({ ...s, upTo: s.upTo || undefined, direction: s.direction === "out" ? undefined : s.direction })));
}

/** Adds each checked stage at the end of its sum's stages (the order a sum moves through). */
export async function writeStages(root: string, stages: readonly { sum: string; stage: MoneyStageEvent }[]): Promise<void> {
  if (stages.length === 0) return;
  const data = parse(await readFile(path.join(root, dataFiles.funding), "utf8")) as { sums?: { id?: string }[] } | undefined;
  const index = new Map((data?.sums ?? []).map((s, i) => [s.id, i]));
  for (const { sum, stage } of stages) await appendToDataList(root, dataFiles.funding, ["sums", index.get(sum)!, "stages"], [stage]);
}

/** Checks, then adds, the sums and stages an entry records; gives the sum ids to list under its `funding`. */
export async function addFundingLines(
  root: string,
  entry: string,
  sums: readonly NewSum[],
  stages: readonly NewStage[] = [],
): Promise<{ ok: true; ids: string[] } | { ok: false; problems: Problem[] }> {
  const [plannedSums, plannedStages] = await Promise.all([planSums(root, entry, sums), planStages(root, entry, stages)]);
  if (!plannedSums.ok || !plannedStages.ok) return { ok: false, problems: [...(plannedSums.ok ? [] : plannedSums.problems), ...(plannedStages.ok ? [] : plannedStages.problems)] };
  await writeStages(root, plannedStages.stages);
  await writeSums(root, plannedSums.sums);
  return { ok: true, ids: [...new Set([...plannedStages.stages.map((s) => s.sum), ...plannedSums.sums.map((s) => s.id)])] };
}
