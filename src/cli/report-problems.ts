import { formatProblems } from "../problems/format-problems.ts";
import { githubAnnotations } from "../problems/github-annotations.ts";
import type { Problem } from "../problems/problem.ts";

/** Prints problems for a person, and as annotations too when running under GitHub Actions. */
export function reportProblems(problems: readonly Problem[]): void {
  process.stderr.write(`${formatProblems(problems)}\n`);
  if (process.env.GITHUB_ACTIONS === "true") process.stdout.write(`${githubAnnotations(problems)}\n`);
}
