import { formatFieldPath, type Locate, type Problem } from "../problems/problem.ts";
import { dataFiles, type ReportRecord } from "./report-record.ts";

/**
 * A sum's stages and the entries that record them agree: every stage's entry lists the sum under
 * `funding`, every entry listing a sum records one of its stages, a sum reaches each stage once,
 * in the order data/vocabularies.json lists the stages, and no stage is dated before the one it follows.
 */
export function checkStages(record: ReportRecord, locators: Map<string, Locate>): Problem[] {
  const problems: Problem[] = [];
  const report = (file: string, path: (string | number)[], message: string) => {
    const locate = locators.get(file);
    problems.push({ file, ...(locate ? locate(path) : { line: 1, column: 1 }), field: formatFieldPath(path), message });
  };
  // Two files with one id are reported elsewhere; either may be the one that lists the sum.
  const entries = new Map<string, (typeof record.entries)[number]>();
  for (const e of record.entries) if (!entries.has(e.id) || e.funding.length > entries.get(e.id)!.funding.length) entries.set(e.id, e);
  const order = new Map(record.vocabularies.moneyStages.map((s, i) => [s.id, i]));
  const sums = new Map(record.funding.map((f) => [f.id, f]));

  record.funding.forEach((sum, i) => {
    let previous: { stage: string; date: string } | undefined;
    sum.stages.forEach((stage, j) => {
      const at = ["sums", i, "stages", j];
      const entry = entries.get(stage.entry);
      if (entry && !entry.funding.includes(sum.id)) {
        report(dataFiles.funding, [...at, "entry"], `entry "${stage.entry}" does not list "${sum.id}" under funding; add it there so the two agree`);
      }
      const here = order.get(stage.stage);
      const before = previous ? order.get(previous.stage) : undefined;
      if (previous && here !== undefined && before !== undefined && here <= before) {
        report(dataFiles.funding, [...at, "stage"], `"${stage.stage}" cannot follow "${previous.stage}": a sum moves through the stages in the order data/vocabularies.json lists them, each once`);
      }
      if (previous && entry && entry.date < previous.date) {
        report(dataFiles.funding, [...at, "entry"], `entry "${stage.entry}" is dated ${entry.date}, before the stage it follows (${previous.date}); list the stages in the order they happened`);
      }
      if (entry) previous = { stage: stage.stage, date: entry.date };
      else if (here !== undefined) previous = { stage: stage.stage, date: previous?.date ?? "" };
    });
  });

  for (const e of record.entries) {
    e.funding.forEach((id, k) => {
      const sum = sums.get(id);
      if (sum && !sum.stages.some((s) => s.entry === e.id)) {
        report(e.file, ["funding", k], `lists "${id}", but no stage of that sum in ${dataFiles.funding} is recorded by this entry; add a stage with entry "${e.id}", or remove it here`);
      }
    });
  }
  return problems;
}
