import type { Problem } from "./problem.ts";
import { printable } from "./unsafe-characters.ts";

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
 * File names, fields and messages quote what editors wrote, so every control character and line
 * end is shown as its code point, and a line never starts with `::`: a value can then never
 * become a GitHub Actions workflow command (`::error`, `::stop-commands::`) in the CI log.
 */
export function formatProblem(problem: Problem): string {
  const where = `${printable(problem.file)}:${problem.line}:${problem.column}`;
  const line = problem.field ? `${where}  ${printable(problem.field)}: ${printable(problem.message)}` : `${where}  ${printable(problem.message)}`;
  return line.startsWith("::") ? `./${line}` : line;
}

/** Every problem, one a line, then a count and where to read how to fix them. */
export function formatProblems(problems: readonly Problem[]): string {
  if (problems.length === 0) return "";
  const files = new Set(problems.map((p) => p.file)).size;
  const lines = sortProblems(problems).map(formatProblem);
  const count = `${problems.length} ${problems.length === 1 ? "problem" : "problems"} in ${files} ${files === 1 ? "file" : "files"}.`;
  return `${lines.join("\n")}\n${count} ${guideFor(problems)}`;
}
