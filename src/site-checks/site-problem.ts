import { printable } from "../problems/unsafe-characters.ts";

/**
 * One thing wrong with one built page: the page's address, the rule it breaks, and what is wrong.
 * Every site check reports in this shape so a failure always names the page and the rule.
 */
export interface SiteProblem {
  /** The page's address within the site, without any path prefix, e.g. `/sources/`. */
  page: string;
  /** The rule's name, e.g. `dead-link` or `axe/color-contrast`. */
  rule: string;
  message: string;
}

/** One problem as one line. @example formatSiteProblem(p) // "/sources/  dead-link: <a href=\"/x/\"> …" */
export const formatSiteProblem = (problem: SiteProblem): string => {
  // Messages quote what pages hold, which came from editors: one line each, never a CI command.
  const line = `${printable(problem.page)}  ${printable(problem.rule)}: ${printable(problem.message)}`;
  return line.startsWith("::") ? `./${line}` : line;
};

/** Every problem, one a line in page order, then a count; empty when there are none. */
export function formatSiteProblems(problems: readonly SiteProblem[]): string {
  if (problems.length === 0) return "";
  const sorted = [...problems].sort((a, b) => a.page.localeCompare(b.page) || a.rule.localeCompare(b.rule));
  const pages = new Set(problems.map((p) => p.page)).size;
  const count = `${problems.length} ${problems.length === 1 ? "problem" : "problems"} on ${pages} ${pages === 1 ? "page" : "pages"}.`;
  return `${sorted.map(formatSiteProblem).join("\n")}\n${count}`;
}
