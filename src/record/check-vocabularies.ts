import { describeZodIssue } from "../problems/describe-zod-issue.ts";
import { didYouMean } from "../problems/did-you-mean.ts";
import { formatFieldPath, type Locate, type Problem } from "../problems/problem.ts";
import { vocabularyField } from "../schemas/vocabulary-field.ts";
import type { Term, Vocabularies, VocabularyName } from "../schemas/vocabularies.ts";
import { dataFiles, type ReportRecord } from "./report-record.ts";

type Path = (string | number)[];

/**
 * Every kind, fund, stage and status the record names is one its data/vocabularies.json declares,
 * so a misspelt one is caught with "did you mean", located where the editor wrote it.
 */
export function checkVocabularies(record: ReportRecord, vocabularies: Vocabularies, locators: Map<string, Locate>): Problem[] {
  const problems: Problem[] = [];
  const schemas = new Map<VocabularyName, ReturnType<typeof vocabularyField>>();
  const check = (file: string, path: Path, value: string, name: VocabularyName) => {
    const terms: readonly Term[] = vocabularies[name];
    if (!schemas.has(name)) schemas.set(name, vocabularyField(terms));
    const result = schemas.get(name)!.safeParse(value, { error: describeZodIssue, reportInput: true });
    if (result.success) return;
    const ids = terms.map((t) => t.id);
    const message = ids.length === 0
      ? `"${value}" is not declared: data/vocabularies.json has no ${name} yet (add it there)`
      : `${result.error.issues[0]!.message}${didYouMean(value, ids)}`;
    const locate = locators.get(file);
    problems.push({ file, ...(locate ? locate(path) : { line: 1, column: 1 }), field: formatFieldPath(path), message });
  };
  // Every entry and file that validated is checked, even when another did not: all problems at once.
  for (const e of record.entries) check(e.file, ["kind"], e.kind, "entryKinds");
  record.sources.forEach((s, i) => check(dataFiles.sources, ["sources", i, "kind"], s.kind, "sourceKinds"));
  record.funding.forEach((f, i) => {
    check(dataFiles.funding, ["sums", i, "fund"], f.fund, "funds");
    f.stages.forEach((s, j) => check(dataFiles.funding, ["sums", i, "stages", j, "stage"], s.stage, "moneyStages"));
  });
  record.promises.forEach((p, i) => check(dataFiles.promises, ["promises", i, "status"], p.status, "promiseStatuses"));
  return problems;
}
