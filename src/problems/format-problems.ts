import type { Problem } from "./problem.ts";

const guideFor = (problems: readonly Problem[]): string => {
  const inContent = problems.every((p) => p.file.startsWith("content/"));
  const inData = problems.every((p) => p.file.startsWith("data/"));
  if (inContent) return "How to write an entry: CONTENT.md#front-matter";
  if (inData) return "How to write the data files: CONTENT.md#data-files";
  return "How to fix each message: CONTENT.md#error-messages";
};

/** Orders problems as an editor works through them: by file, then line, then column. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.field.localeCompare(b.field),
  );
}

/**
 * One problem as one line: `content/x.md:4:7  date: "2014-02-30" is not a real date (expected YYYY-MM-DD)`.
 */
export function formatProblem(problem: Problem): string {
  const where = `${problem.file}:${problem.line}:${problem.column}`;
  return problem.field ? `${where}  ${problem.field}: ${problem.message}` : `${where}  ${problem.message}`;
}

/** Every problem, one a line, then a count and where to read how to fix them. */
export function formatProblems(problems: readonly Problem[]): string {
  if (problems.length === 0) return "";
  const files = new Set(problems.map((p) => p.file)).size;
  const lines = sortProblems(problems).map(formatProblem);
  const count = `${problems.length} ${problems.length === 1 ? "problem" : "problems"} in ${files} ${files === 1 ? "file" : "files"}.`;
  return `${lines.join("\n")}\n${count} ${guideFor(problems)}`;
}
