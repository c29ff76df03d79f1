import type { Problem } from "./problem.ts";
import { printable } from "./unsafe-characters.ts";

const escapeData = (s: string) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");

/**
 * Workflow commands that show each problem on the pull request at its file and line.
 * @see https://docs.github.com/actions/reference/workflow-commands-for-github-actions#setting-an-error-message
 */
export function githubAnnotations(problems: readonly Problem[]): string {
  return problems
    .map((p) => {
      const message = p.field ? `${printable(p.field)}: ${printable(p.message)}` : printable(p.message);
      return `::error file=${escapeProperty(printable(p.file))},line=${p.line},col=${p.column}::${escapeData(message)}`;
    })
    .join("\n");
}
